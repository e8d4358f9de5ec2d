"""Which way of guessing an undeclared encoding to use: correctness and speed.

Encodes short articles written by this script (English health prose with smart quotes,
accents and symbols, and the same kind of text in French, German, Spanish, Polish,
Russian, Greek, Turkish, Japanese and Chinese) in the legacy encodings each is found in,
with no charset declared, and decodes each with:

- ``bs4 (no detector)``: beautifulsoup4's UnicodeDammit with no detection library,
  which tries UTF-8 then windows-1252;
- ``bs4 + charset-normalizer``: UnicodeDammit using charset-normalizer as its detector;
- ``charset-normalizer``: ``charset_normalizer.from_bytes(data).best()``;
- ``lint-med``: ``lint_med.engine.decode``, what lint-med does.

A decoding is correct when it gives back the original text exactly. Prints, for each,
the samples decoded correctly (by language) and the median time per sample. Usage::

    python benchmarks/decoding.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

ENGLISH = ("Low-dose naltrexone (LDN) isn’t a “miracle cure”, says Dr. Müller. Take 4.5 mg at night; "
           "the café study (n = 120) saw pain fall by ½ in 8 weeks — at 37 °C, with 10 µg of vitamin D. "
           "Patients with Ménière’s disease or naïve to opioids… should ask first. ")
SAMPLES = {
    "english": (ENGLISH, ["windows-1252"]),
    "english-latin1": (ENGLISH.replace("’", "'").replace("“", '"').replace("”", '"').replace("—", "-")
                       .replace("…", "..."), ["iso-8859-1"]),
    "french": ("Les patients âgés reçoivent une dose réduite ; l’étude a montré un effet à long terme "
               "chez les enfants traités à l’hôpital. Où et quand ? Voilà la question du médecin. ",
               ["windows-1252", "iso-8859-15"]),
    "german": ("Die Ärztin empfiehlt eine geringere Dosis für ältere Patienten; Übelkeit und Müdigkeit "
               "sind häufige Nebenwirkungen. Größere Studien würden mehr zeigen. ", ["windows-1252"]),
    "spanish": ("El médico recomendó una dosis más baja; los niños pequeños y las mujeres embarazadas "
                "deben consultar antes de tomar el fármaco. ¿Qué dice el estudio? ", ["windows-1252"]),
    "polish": ("Lekarz zalecił mniejszą dawkę; dzieci i kobiety w ciąży powinny skonsultować się przed "
               "przyjęciem leku. Źródło: badanie kliniczne z udziałem pacjentów. ", ["windows-1250", "iso-8859-2"]),
    "russian": ("Врач рекомендовал меньшую дозу; детям и беременным женщинам следует посоветоваться "
                "перед приёмом препарата. Исследование показало слабый эффект. ",
                ["windows-1251", "koi8-r", "iso-8859-5"]),
    "greek": ("Ο γιατρός συνέστησε μικρότερη δόση· τα παιδιά και οι έγκυες γυναίκες πρέπει να "
              "συμβουλευτούν πριν πάρουν το φάρμακο. Η μελέτη έδειξε μικρό όφελος. ",
              ["windows-1253", "iso-8859-7"]),
    "turkish": ("Doktor daha düşük bir doz önerdi; çocuklar ve hamile kadınlar ilacı almadan önce "
                "danışmalıdır. Çalışma küçük bir yarar gösterdi. ", ["windows-1254"]),
    "japanese": ("医師はより少ない用量を勧めました。子供と妊婦は服用前に相談してください。"
                 "研究では小さな効果が示されました。", ["shift_jis", "euc-jp"]),
    "chinese": ("医生建议减少剂量。儿童和孕妇在服药前应咨询医生。研究显示效果很小。", ["gb18030", "big5"]),
}


def samples() -> list[tuple[str, str, bytes, str]]:
    """(language, encoding, bytes, text): each language's text, repeated to article length."""
    found = []
    for language, (text, encodings) in SAMPLES.items():
        article = "<html><body>" + "".join(f"<p>{text}</p>\n" for _ in range(12)) + "</body></html>\n"
        for encoding in encodings:
            try:
                data = article.encode(encoding)
            except UnicodeEncodeError:
                continue
            found.append((language, encoding, data, article))
    return found


def _unicode_dammit(data: bytes, detector) -> str:
    """beautifulsoup4's UnicodeDammit with the given detection module (None: none)."""
    import bs4.dammit

    saved, bs4.dammit.chardet_module = bs4.dammit.chardet_module, detector
    try:
        return bs4.dammit.UnicodeDammit(data, is_html=True).unicode_markup or ""
    finally:
        bs4.dammit.chardet_module = saved


def bs4_alone(data: bytes) -> str:
    return _unicode_dammit(data, None)


def bs4_with_charset_normalizer(data: bytes) -> str:
    import charset_normalizer

    return _unicode_dammit(data, charset_normalizer)


def charset_normalizer_best(data: bytes) -> str:
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    return str(best) if best is not None else ""


def lint_med(data: bytes) -> str:
    from lint_med.decoding import decode

    return decode(data)


DECODERS = {"bs4 (no detector)": bs4_alone, "bs4 + charset-normalizer": bs4_with_charset_normalizer,
            "charset-normalizer": charset_normalizer_best, "lint-med": lint_med}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    cases = samples()
    print(f"{len(cases)} samples: " + ", ".join(f"{lang}/{enc}" for lang, enc, _, _ in cases))
    print(f"{'decoder':<26} {'correct':>8} {'ms/sample':>10}  wrong")
    for name, decoder in DECODERS.items():
        for _, _, data, _ in cases[:2]:
            decoder(data)  # imports
        right, wrong, times = 0, [], []
        for language, encoding, data, text in cases:
            runs = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                decoded = decoder(data)
                runs.append(time.perf_counter() - start)
            times.append(min(runs))
            if decoded == text:
                right += 1
            else:
                wrong.append(f"{language}/{encoding}")
        print(f"{name:<26} {right:>4}/{len(cases):<3} {statistics.median(times) * 1000:>10.2f}  {', '.join(wrong)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
