"""The reader measured on the dev split in each script, with the fake reader (the first number answers)."""

from __future__ import annotations

import pytest

from qa.training.data import Question
from qa.training.scripts import FORMS, main, measure
from tests.fakes import fake_reader

CONTEXT = "软件企业研发经费占比超过4.2%。"
ANSWERED = Question("DEV_1_QUERY_0", "DEV_1", "软件企业占比是多少？", CONTEXT, "4.2%", CONTEXT.index("4.2%"))
UNREAD = Question("DEV_2_QUERY_0", "DEV_2", "软件企业在哪里？", "软件企业未公布地点。", "上海", 0)


def test_each_form_is_scored_against_the_answer_in_its_script() -> None:
    for name, convert in FORMS.items():
        figures = measure(fake_reader(), [ANSWERED, UNREAD], convert)
        assert figures == {"questions": 2, "em": 50.0, "f1": 50.0, "refused": 50.0}, name


def test_the_taiwan_form_has_taiwan_wording() -> None:
    assert FORMS["s2twp"](CONTEXT).startswith("軟體企業")


def test_an_unknown_form_is_named_before_anything_loads(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--forms", "s2t,hk"])
    assert stopped.value.code == 2 and "unknown form hk" in capsys.readouterr().err
