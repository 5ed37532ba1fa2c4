"""Splitting a plan's text into passages: headings, paragraphs, list items, table rows."""

from __future__ import annotations

from planvurdering.language.passages import split_passages
from planvurdering.models import Page


def _split(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    pages = [Page(number=1, label="1", text=text)]
    return [(p.kind, p.text, p.section) for p in split_passages(pages)]


def test_passages_unnumbered_heading_before_text_is_a_heading() -> None:
    parts = _split(
        "Voksenopplæringen (VO)\nAntall deltakere har økt fra 85 til 140 på to år.\n"
        "Rammeområde 6: Brann og redning\nBeredskapsavtalen med nabokommunen blir vidareført."
    )
    assert parts[0] == ("heading", "Voksenopplæringen (VO)", ())
    assert parts[1][0] == "paragraph" and parts[1][2] == ("Voksenopplæringen (VO)",)
    # A new unnumbered heading replaces the previous one.
    assert parts[2] == ("heading", "Rammeområde 6: Brann og redning", ())
    assert parts[3][2] == ("Rammeområde 6: Brann og redning",)


def test_passages_short_lines_inside_a_paragraph_are_not_headings() -> None:
    # A wrapped line of a PDF paragraph: the line before does not close a sentence.
    parts = _split(
        "Kommunen skal i planperioden styrke samarbeidet med\nNAV og fylkeskommunen\n"
        "om kvalifisering av innvandrere."
    )
    assert [kind for kind, _, _ in parts] == ["paragraph"]
    # A lead-in ending in a colon and a last line with nothing after it stay text.
    parts = _split("Strategier:\n- Styrke samarbeidet med NAV\nTiltak for alle")
    assert [kind for kind, _, _ in parts] == ["paragraph", "item", "paragraph"]


def test_passages_numbered_heading_keeps_its_level() -> None:
    parts = _split("4 Satsingsområder\n4.2 Bolig\nKommunen skal bygge flere utleieboliger.")
    assert parts[1] == ("heading", "4.2 Bolig", ("4 Satsingsområder",))
    assert parts[2][2] == ("4 Satsingsområder", "4.2 Bolig")
