"""A tiny text-mode renderer for tests: HTML → a dump like a text browser's (menus and all).

Block elements start new lines, list items get a "* " bullet, scripts and styles are dropped.
Used to turn the listing pages of ../shared into text dumps, so that the text extractor can be
checked to reject them too.
"""

from __future__ import annotations

import lxml.html

BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "ul",
        "ol",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "blockquote",
        "form",
        "figure",
        "figcaption",
        "dl",
        "dt",
        "dd",
        "br",
        "hr",
        "title",
    ]
)
SKIP = frozenset({"script", "style", "noscript", "iframe", "svg", "template", "head"})


def render(html: str) -> str:
    """The visible text of ``html``, one block per line."""
    root = lxml.html.fromstring(html)
    out: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP:
            if el.tail:
                out.append(el.tail)
            return
        if tag in BLOCKS:
            out.append("\n")
            if tag == "li":
                out.append("* ")
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        if tag in BLOCKS:
            out.append("\n")
        if el.tail:
            out.append(el.tail)

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(out).splitlines())
    text: list[str] = []
    for line in lines:
        if line or (text and text[-1]):
            text.append(line)
    return "\n".join(text)
