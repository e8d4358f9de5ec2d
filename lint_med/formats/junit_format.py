"""JUnit XML: one test case per file, failing when the file has findings."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

# What XML 1.0 cannot hold, even escaped (C0 controls but tab and line ends, lone surrogates, U+FFFE/U+FFFF),
# and ElementTree writes as it is: a message quoting such text made the whole report unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(report) -> str:
    suite = ET.Element("testsuite", name="lint-med", tests=str(len(report.files)),
                       failures=str(sum(1 for r in report.files if r.findings)),
                       errors=str(len(report.errors)))
    for result in report.files:
        case = ET.SubElement(suite, "testcase", classname="lint-med", name=result.path)
        if result.error:
            ET.SubElement(case, "error", message=result.error).text = result.error
        elif result.findings:
            body = "\n".join(f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}"
                             for f in result.findings)
            failure = ET.SubElement(case, "failure", message=f"{len(result.findings)} finding(s)",
                                    type="lint-med")
            failure.text = body
        elif result.notice:
            ET.SubElement(case, "skipped", message=result.notice)
    suites = ET.Element("testsuites")
    suites.append(suite)
    ET.indent(suites)
    xml = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _NOT_XML.sub("\ufffd", xml) + "\n"
