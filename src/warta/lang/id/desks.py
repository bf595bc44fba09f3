"""Words that name a newsroom desk or a site account rather than a person.

Indonesian pages often put "Redaksi", "Tim Redaksi" or "Admin" in ``<meta name="author">`` or a
JSON-LD author: such a byline names nobody, so warta reports no author rather than a desk.
"""

from __future__ import annotations

DESK_WORDS: frozenset[str] = frozenset(
    {
        "redaksi", "redaktur", "admin", "administrator", "tim", "team", "desk", "webmaster",
        "newsroom", "humas", "editorial", "staf", "staff", "pewarta", "wartawan", "koresponden",
        "biro", "kontributor", "penulis", "editor", "reporter", "operator", "media", "online",
    }
)  # fmt: skip
"""Lower-case words of desk and account names ("Tim Redaksi", "Admin Web", "Biro Jakarta")."""
