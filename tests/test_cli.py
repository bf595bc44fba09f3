"""Every command is documented in the README and answers --help; exit codes follow the contract."""

from __future__ import annotations

import re

from click.testing import CliRunner

from conftest import REPO
from warta.cli import cli


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name in cli.commands:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert re.search(rf"warta {name}\b", readme), f"`warta {name}` is not documented in the README"


def test_bad_usage_exits_2() -> None:
    result = CliRunner().invoke(cli, ["clean"])
    assert result.exit_code == 2


def test_missing_file_is_one_line_and_exit_1(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["clean", str(tmp_path / "absent.txt")])
    assert result.exit_code == 1
    assert "absent.txt" in result.output
