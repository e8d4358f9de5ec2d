"""Word frequencies of general language, from wordfreq's data files (read without importing wordfreq).

Its own module, below `_topic` (LM202's specificity) and `_other_language` (a block's language by its
vocabulary), which both weigh words by it.
"""

from __future__ import annotations

import functools

from .readability import _package_file


@functools.lru_cache(maxsize=None)
def zipf_table(language: str = "en") -> dict:
    """Word -> its Zipf frequency in general English, or in another `language` wordfreq lists (log10
    of uses per billion words).

    From wordfreq's small English list (the ~29,000 commonest words, from Wikipedia,
    subtitles, news, books, web text and social media; Speer et al., wordfreq 3.1,
    doi:10.5281/zenodo.7199437), read from its data file, which costs less than
    importing wordfreq. The file is a header and then one list of words per centibel of
    frequency: the words of list i are used 10**(-i/100) of the time. Empty when
    wordfreq is not installed.
    """
    path = _package_file("wordfreq", "data", f"small_{language}.msgpack.gz")
    if path is None:
        return {}
    import gzip

    import msgpack

    with gzip.open(path) as handle:
        header, *buckets = msgpack.load(handle, raw=False)
    if header.get("format") != "cB":
        return {}
    table: dict = {}
    for centibels, words in enumerate(buckets):
        zipf = 9.0 - centibels / 100
        for word in words:
            table.setdefault(word, zipf)
    return table
