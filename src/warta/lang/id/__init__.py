"""Indonesian language data: plain data modules (months, weekdays, page grammar, verbs, names).

Rules of the language and of Indonesian news-page grammar live here as data, never keyed to a file.
"""
