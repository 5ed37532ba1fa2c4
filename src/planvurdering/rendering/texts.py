"""The fixed phrases of the consultation response, in Bokmål and Nynorsk.

Templates reach them as ``t.<key>``; phrases with ``{placeholders}`` are
filled in by :mod:`planvurdering.rendering.context`. Both languages must have
the same keys (a test checks it), so a letter is never mixed-language.
"""

from __future__ import annotations

from typing import Final

from ..models import Language

PHRASES: Final[dict[Language, dict[str, str]]] = {
    "nb": {
        "our_date": "Vår dato",
        "our_ref": "Vår referanse",
        "their_date": "Deres dato",
        "their_ref": "Deres referanse",
        "officer": "Saksbehandler",
        "subject": "Høringsuttalelse",
        "county_suffix": "fylkeskommune",
        "municipality_suffix": "kommune",
        "intro": (
            "Vi viser til høringen av «{plan}» fra {municipality}{their_date}. "
            "{county} har vurdert planen mot rådene i heftet «Innvandring som ressurs "
            "for Norge» og gir med dette sin høringsuttalelse."
        ),
        "intro_their_date": ", brev datert {date}",
        "summary": "Sammendrag",
        "summary_score": (
            "Samlet vurderer vi at planen {grade} behandler innvandring som en ressurs. "
            "Planen får {score} av 100 poeng."
        ),
        "summary_strong": "Planen er sterkest på {themes}.",
        "summary_weak": "Vi anbefaler at kommunen særlig styrker {themes}.",
        "grade_0": "i liten grad",
        "grade_1": "i noen grad",
        "grade_2": "i stor grad",
        "grade_3": "i svært stor grad",
        "and": "og",
        "statistics": "Innvandring i fylket",
        "statistics_intro": (
            "Tabellen viser befolkningen og innvandrerne i fylket og i hele landet."
        ),
        "col_area": "Område",
        "col_population": "Folketall",
        "col_immigrants": "Innvandrere",
        "col_share": "Andel innvandrere",
        "col_with_children": "Innvandrere og norskfødte med innvandrerforeldre",
        "col_with_children_share": "Andel",
        "statistics_source": "Tall per 1. januar {year}. Kilde: {source}.",
        "statistics_summed": (
            "Tallene for {county} er summen av tallene for de tidligere fylkene {parts}. "
            "Summen er en tilnærming, fordi kommunegrenser er endret siden."
        ),
        "statistics_top": "De største landgruppene i fylket: {countries}.",
        "statistics_missing": "Vi har ikke statistikk for fylket i denne vurderingen.",
        "themes": "Vurdering tema for tema",
        "theme_level": "Nivå: {level} – {name}. Poeng: {score} av 100.",
        "theme_good": "Det planen gjør godt",
        "theme_nothing_good": "Vi fant ingen mål eller tiltak for dette temaet i planen.",
        "theme_missing": "Det som mangler",
        "theme_advice": "Våre råd",
        "not_applicable": (
            "Temaene {themes} er ikke vurdert, fordi de ikke gjelder for {plan_type}."
        ),
        "not_applicable_one": (
            "Temaet {themes} er ikke vurdert, fordi det ikke gjelder for {plan_type}."
        ),
        "page_abbr": "s.",
        "overview": "Oversikt over temaene",
        "chart_label": (
            "Stolpediagram: poeng for hvert tema på skalaen 0–100, med nivåene 0–3 markert."
        ),
        "col_theme": "Tema",
        "col_level": "Nivå",
        "col_score": "Poeng",
        "regards": "Med hilsen",
        "signature_note": "Dokumentet er elektronisk godkjent og har derfor ingen signatur.",
        "appendix": "Vedlegg: metode og belegg",
        "method": "Metode",
        "method_text": (
            "Planen er vurdert med verktøyet planvurdering (versjon {library_version}) "
            "mot kriteriekatalogen versjon {criteria_version}. Kriteriene bygger på rådene "
            "i heftet «Innvandring som ressurs for Norge». Hvert kriterium får et nivå på "
            "skalaen 0–3:"
        ),
        "level_0": "planen omtaler ikke kriteriet",
        "level_1": "planen omtaler eller beskriver temaet",
        "level_2": "planen har et mål eller en strategi",
        "level_3": (
            "planen har et konkret tiltak med ansvar, tidsramme, ressurser eller et målbart mål"
        ),
        "method_scores": (
            "Poengene for et tema er et vektet snitt av kriterienes nivå, skalert til 0–100. "
            "Planens samlede poeng er et vektet snitt av temapoengene."
        ),
        "attachment_note": (
            "Vurderingen i maskinlesbar form (JSON) ligger ved PDF-filen som vedlegget "
            "«vurdering.json»."
        ),
        "notes": "Merknader",
        "evidence": "Belegg fra planen",
        "evidence_none": "Planen har ingen belegg for noe kriterium.",
        "col_criterion": "Kriterium",
        "col_page": "Side",
        "col_quote": "Sitat",
        "page_label": "Side",
        "page_of": "av",
        "checklist_title": "Egenvurdering – {plan}",
        "checklist_intro": (
            "Sjekklisten viser hvordan planen møter rådene i heftet «Innvandring som ressurs "
            "for Norge», kriterium for kriterium: status, det vi fant i planen, og hva dere kan "
            "legge til før planen sendes på høring."
        ),
        "checklist_score": "Planen får {score} av 100 poeng.",
        "col_status": "Status",
        "col_found": "Funnet i planen",
        "col_add": "Hva dere kan legge til",
        "checklist_nothing_found": "Ingenting funnet.",
        "checklist_done": "Ingenting – kriteriet er oppfylt.",
        "checklist_not_applicable": "Gjelder ikke for denne plantypen.",
        "attachment_description": "Vurderingen av planen i maskinlesbar form (JSON)",
    },
    "nn": {
        "our_date": "Vår dato",
        "our_ref": "Vår referanse",
        "their_date": "Dykkar dato",
        "their_ref": "Dykkar referanse",
        "officer": "Sakshandsamar",
        "subject": "Høyringsuttale",
        "county_suffix": "fylkeskommune",
        "municipality_suffix": "kommune",
        "intro": (
            "Vi viser til høyringa av «{plan}» frå {municipality}{their_date}. "
            "{county} har vurdert planen mot råda i heftet «Innvandring som ressurs "
            "for Norge» og gjev med dette høyringsuttalen sin."
        ),
        "intro_their_date": ", brev datert {date}",
        "summary": "Samandrag",
        "summary_score": (
            "Samla vurderer vi at planen {grade} handsamar innvandring som ein ressurs. "
            "Planen får {score} av 100 poeng."
        ),
        "summary_strong": "Planen er sterkast på {themes}.",
        "summary_weak": "Vi rår kommunen til særleg å styrkje {themes}.",
        "grade_0": "i liten grad",
        "grade_1": "i nokon grad",
        "grade_2": "i stor grad",
        "grade_3": "i svært stor grad",
        "and": "og",
        "statistics": "Innvandring i fylket",
        "statistics_intro": (
            "Tabellen viser folketalet og innvandrarane i fylket og i heile landet."
        ),
        "col_area": "Område",
        "col_population": "Folketal",
        "col_immigrants": "Innvandrarar",
        "col_share": "Del innvandrarar",
        "col_with_children": "Innvandrarar og norskfødde med innvandrarforeldre",
        "col_with_children_share": "Del",
        "statistics_source": "Tal per 1. januar {year}. Kjelde: {source}.",
        "statistics_summed": (
            "Tala for {county} er summen av tala for dei tidlegare fylka {parts}. "
            "Summen er ei tilnærming, fordi kommunegrenser er endra sidan."
        ),
        "statistics_top": "Dei største landgruppene i fylket: {countries}.",
        "statistics_missing": "Vi har ikkje statistikk for fylket i denne vurderinga.",
        "themes": "Vurdering tema for tema",
        "theme_level": "Nivå: {level} – {name}. Poeng: {score} av 100.",
        "theme_good": "Det planen gjer godt",
        "theme_nothing_good": "Vi fann ingen mål eller tiltak for dette temaet i planen.",
        "theme_missing": "Det som manglar",
        "theme_advice": "Råda våre",
        "not_applicable": (
            "Temaa {themes} er ikkje vurderte, fordi dei ikkje gjeld for {plan_type}."
        ),
        "not_applicable_one": (
            "Temaet {themes} er ikkje vurdert, fordi det ikkje gjeld for {plan_type}."
        ),
        "page_abbr": "s.",
        "overview": "Oversikt over temaa",
        "chart_label": (
            "Stolpediagram: poeng for kvart tema på skalaen 0–100, med nivåa 0–3 markerte."
        ),
        "col_theme": "Tema",
        "col_level": "Nivå",
        "col_score": "Poeng",
        "regards": "Med helsing",
        "signature_note": "Dokumentet er elektronisk godkjent og har difor ingen signatur.",
        "appendix": "Vedlegg: metode og belegg",
        "method": "Metode",
        "method_text": (
            "Planen er vurdert med verktøyet planvurdering (versjon {library_version}) "
            "mot kriteriekatalogen versjon {criteria_version}. Kriteria byggjer på råda "
            "i heftet «Innvandring som ressurs for Norge». Kvart kriterium får eit nivå på "
            "skalaen 0–3:"
        ),
        "level_0": "planen omtaler ikkje kriteriet",
        "level_1": "planen omtaler eller skildrar temaet",
        "level_2": "planen har eit mål eller ein strategi",
        "level_3": (
            "planen har eit konkret tiltak med ansvar, tidsramme, ressursar eller eit målbart mål"
        ),
        "method_scores": (
            "Poenga for eit tema er eit vekta snitt av nivåa til kriteria, skalert til 0–100. "
            "Den samla poengsummen til planen er eit vekta snitt av temapoenga."
        ),
        "attachment_note": (
            "Vurderinga i maskinlesbar form (JSON) ligg ved PDF-fila som vedlegget "
            "«vurdering.json»."
        ),
        "notes": "Merknader",
        "evidence": "Belegg frå planen",
        "evidence_none": "Planen har ikkje belegg for noko kriterium.",
        "col_criterion": "Kriterium",
        "col_page": "Side",
        "col_quote": "Sitat",
        "page_label": "Side",
        "page_of": "av",
        "checklist_title": "Eigenvurdering – {plan}",
        "checklist_intro": (
            "Sjekklista viser korleis planen møter råda i heftet «Innvandring som ressurs "
            "for Norge», kriterium for kriterium: status, det vi fann i planen, og kva de kan "
            "leggje til før planen blir send på høyring."
        ),
        "checklist_score": "Planen får {score} av 100 poeng.",
        "col_status": "Status",
        "col_found": "Funne i planen",
        "col_add": "Kva de kan leggje til",
        "checklist_nothing_found": "Ingenting funne.",
        "checklist_done": "Ingenting – kriteriet er oppfylt.",
        "checklist_not_applicable": "Gjeld ikkje for denne plantypen.",
        "attachment_description": "Vurderinga av planen i maskinlesbar form (JSON)",
    },
}
"""Letter phrases by written standard and key."""

ERRORS: Final[dict[str, str]] = {
    "no_county": (
        "Fylkeskommunens navn er ukjent (vurderingen har ingen statistikk). "
        "Oppgi county=«… fylkeskommune»."
    ),
    "no_municipality": (
        "Kommunens navn er ukjent (planen oppgir ingen kommune). Oppgi municipality=«… kommune»."
    ),
    "no_folder": (
        "Mappen «{folder}» finnes ikke. Opprett den, eller velg en annen sti enn «{path}»."
    ),
    "not_writable": "Kan ikke skrive «{path}»: {reason}. Velg en mappe du har skrivetilgang til.",
    "template": "Malen «{template}» i «{folder}» kan ikke brukes: {reason}.",
    "pdf": "WeasyPrint kunne ikke lage PDF-filen «{path}»: {reason}.",
    "logo": "Logoen «{path}» finnes ikke eller kan ikke leses.",
    "format": "Ukjent format «{format}» for «{path}». Velg pdf, html eller md.",
    "language": "Ukjent målform «{language}». Velg «nb» (bokmål) eller «nn» (nynorsk).",
    "fetch_refused": (
        "Malen prøver å hente «{url}». Bare filer i malmappen, skriftmappen og logoen kan "
        "brukes; nettadresser og andre filer hentes aldri."
    ),
}
"""Error messages (always Bokmål, like the rest of the library's errors)."""
