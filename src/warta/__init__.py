"""warta: raw Indonesian news pages → a sourced digest.

The public API is re-exported here; everything else is private to its module and may change.
"""

from __future__ import annotations

from warta.errors import BadInput, NotAnArticle, WartaError
from warta.options import Options
from warta.pipeline import clean_file
from warta.records import (
    Article,
    CopyGroup,
    Entity,
    Event,
    Quote,
    RawDoc,
    Sentence,
    SourceRef,
    Story,
    SummarySentence,
    TimeExpr,
)
from warta.stages.extract import extract
from warta.stages.sentences import split_sentences
from warta.stages.times import infer_publication_date, tag_times

__all__ = [
    "Article",
    "BadInput",
    "CopyGroup",
    "Entity",
    "Event",
    "NotAnArticle",
    "Options",
    "Quote",
    "RawDoc",
    "Sentence",
    "SourceRef",
    "Story",
    "SummarySentence",
    "TimeExpr",
    "WartaError",
    "clean_file",
    "extract",
    "infer_publication_date",
    "split_sentences",
    "tag_times",
]
