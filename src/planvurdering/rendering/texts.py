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
            "Vi viser til høringen av {plan} for {municipality}. {county} har vurdert "
            "hvordan planen tar innvandring inn som en ressurs, med utgangspunkt i rådene i "
            "heftet «Innvandring som ressurs for Norge», og gir med dette sin høringsuttalelse."
        ),
        "intro_their_date": (
            "Vi viser til brev fra {municipality} datert {date} om høring av {plan}. "
            "{county} har vurdert hvordan planen tar innvandring inn som en ressurs, med "
            "utgangspunkt i rådene i heftet «Innvandring som ressurs for Norge», og gir med "
            "dette sin høringsuttalelse."
        ),
        "summary": "Sammendrag",
        "summary_score": (
            "Samlet vurderer vi at planen {grade} behandler innvandring som en ressurs. "
            "Planen får {score} av 100 poeng."
        ),
        "summary_strong": "Planen er sterkest på {themes}.",
        "summary_weak": "Vi anbefaler at kommunen særlig styrker planen når det gjelder {themes}.",
        "grade_0": "i liten grad",
        "grade_1": "i noen grad",
        "grade_2": "i stor grad",
        "grade_3": "i svært stor grad",
        "and": "og",
        "statistics": "Innvandring i fylket",
        "statistics_intro": (
            "Tabellen viser befolkningen og innvandrerne i fylket og i hele landet."
        ),
        "national_area": "Hele landet",
        "col_area": "Område",
        "col_population": "Folketall",
        "col_immigrants": "Innvandrere",
        "col_count": "Antall",
        "col_share": "Andel",
        "col_with_children": "Innvandrere og norskfødte med innvandrerforeldre",
        "statistics_year": "Tall per 1. januar {year}.",
        "statistics_source": "Kilde: {source}.",
        "statistics_summed": (
            "Tallene for {county} er summen av tallene for de tidligere fylkene {parts}. "
            "Summen er en tilnærming, fordi kommunegrenser er endret siden."
        ),
        "statistics_top": "De største landgruppene i fylket er, i rekkefølge: {countries}.",
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
        "table_row_measure": "ansvar: {responsible}, frist: {deadline}",
        "overridden": "nivå satt av saksbehandler",
        "overrides": "Nivåer satt av saksbehandler",
        "overrides_intro": (
            "Saksbehandler har vurdert disse kriteriene på nytt og satt nivået selv:"
        ),
        "override_item": (
            "{criterion}: nivå {level} (automatisk vurdering: {level_auto}), satt av {by} "
            "{date}. Begrunnelse: {justification}"
        ),
        "email": "E-post",
        "phone": "Telefon",
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
            "Vi viser til høyringa av {plan} for {municipality}. {county} har vurdert "
            "korleis planen tek innvandring inn som ein ressurs, med utgangspunkt i råda i "
            "heftet «Innvandring som ressurs for Norge», og gjev med dette høyringsuttalen sin."
        ),
        "intro_their_date": (
            "Vi viser til brev frå {municipality} datert {date} om høyring av {plan}. "
            "{county} har vurdert korleis planen tek innvandring inn som ein ressurs, med "
            "utgangspunkt i råda i heftet «Innvandring som ressurs for Norge», og gjev med "
            "dette høyringsuttalen sin."
        ),
        "summary": "Samandrag",
        "summary_score": (
            "Samla vurderer vi at planen {grade} handsamar innvandring som ein ressurs. "
            "Planen får {score} av 100 poeng."
        ),
        "summary_strong": "Planen er sterkast på {themes}.",
        "summary_weak": "Vi rår kommunen til særleg å styrkje planen når det gjeld {themes}.",
        "grade_0": "i liten grad",
        "grade_1": "i nokon grad",
        "grade_2": "i stor grad",
        "grade_3": "i svært stor grad",
        "and": "og",
        "statistics": "Innvandring i fylket",
        "statistics_intro": (
            "Tabellen viser folketalet og innvandrarane i fylket og i heile landet."
        ),
        "national_area": "Heile landet",
        "col_area": "Område",
        "col_population": "Folketal",
        "col_immigrants": "Innvandrarar",
        "col_count": "Tal",
        "col_share": "Del",
        "col_with_children": "Innvandrarar og norskfødde med innvandrarforeldre",
        "statistics_year": "Tal per 1. januar {year}.",
        "statistics_source": "Kjelde: {source}.",
        "statistics_summed": (
            "Tala for {county} er summen av tala for dei tidlegare fylka {parts}. "
            "Summen er ei tilnærming, fordi kommunegrenser er endra sidan."
        ),
        "statistics_top": "Dei største landgruppene i fylket er, i rekkjefølgje: {countries}.",
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
        "table_row_measure": "ansvar: {responsible}, frist: {deadline}",
        "overridden": "nivå sett av sakshandsamar",
        "overrides": "Nivå sette av sakshandsamar",
        "overrides_intro": (
            "Sakshandsamaren har vurdert desse kriteria på nytt og sett nivået sjølv:"
        ),
        "override_item": (
            "{criterion}: nivå {level} (automatisk vurdering: {level_auto}), sett av {by} "
            "{date}. Grunngjeving: {justification}"
        ),
        "email": "E-post",
        "phone": "Telefon",
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

STATISTICS_NOTES_NN: Final[tuple[tuple[str, str], ...]] = (
    ("Tallene for", "Tala for"),
    ("tallene gjelder", "tala gjeld"),
    ("Tallene gjelder", "Tala gjeld"),
    (" er fra ", " er frå "),
    (" en del av ", " ein del av "),
    (" ble delt ", " vart delt "),
    ("er en tilnærming", "er ei tilnærming"),
    ("enkelte kommuner har skiftet fylke siden", "enkelte kommunar har skifta fylke sidan"),
    ("(fra ", "(frå "),
    ("De største landgruppene er oppgitt for", "Dei største landgruppene er oppgitt for"),
    (
        "Heftet gir bare rekkefølgen, ikke antall, så listene kan ikke summeres.",
        "Heftet gjev berre rekkjefølgja, ikkje tal, så listene kan ikkje summerast.",
    ),
)
"""Bokmål → Nynorsk for the fixed sentence forms of the statistics module's notes.

:class:`~planvurdering.models.Statistics` carries its notes in Bokmål only; a
Nynorsk letter rewrites them with these pairs, in order. A note that still
contains a Bokmål marker word afterwards is left out of the Nynorsk letter
(see :data:`BOKMAL_MARKERS`) rather than printed in the wrong written standard.
"""

BOKMAL_MARKERS: Final[tuple[str, ...]] = (
    "ikke",
    "tallene",
    "fra",
    "kommuner",
    "siden",
    "bare",
    "gir",
    "hvor",
    "hva",
    "noen",
)
"""Words that give a sentence away as Bokmål (checked as whole words, any case)."""

LABELS_BEFORE_TEXT: Final[tuple[str, ...]] = (
    "Mål",
    "Delmål",
    "Strategi",
    "Strategier",
    "Strategiar",
    "Tiltak",
    "Hovudmål",
    "Hovedmål",
)
"""Labels that start a plan's goal or measure line; a numbered heading the reader
left in front of such a label (``4.1 Bolig Mål: …``) is not part of the quote."""

TIME_WORDS: Final[tuple[str, ...]] = (
    "løpende",
    "løpande",
    "årlig",
    "årleg",
    "kontinuerlig",
    "kontinuerleg",
    "innen",
    "innan",
    "planperioden",
    "fortløpende",
    "fortløpande",
)
"""Words that mark a table cell as a time frame (besides a year such as 2025)."""

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
    "profile_missing": "Fylkesprofilen «{path}» finnes ikke eller kan ikke leses: {reason}.",
    "profile_format": (
        "Fylkesprofilen «{path}» må være en YAML-fil (.yaml, .yml) eller en TOML-fil (.toml)."
    ),
    "profile_syntax": "Fylkesprofilen «{path}» har feil syntaks: {reason}",
    "profile_not_mapping": (
        "Fylkesprofilen «{path}» må bestå av felt, for eksempel «county: Vestland fylkeskommune»."
    ),
    "profile_field": "Fylkesprofilen «{path}», feltet «{field}»: {reason}",
    "profile_logo": "Fylkesprofilen «{path}», feltet «logo»: filen «{logo}» finnes ikke.",
    "profile_template_dir": (
        "Fylkesprofilen «{path}», feltet «template_dir»: mappen «{folder}» finnes ikke."
    ),
    "fetch_refused": (
        "Malen prøver å hente «{url}». Bare filer i malmappen, skriftmappen og logoen kan "
        "brukes; nettadresser og andre filer hentes aldri."
    ),
}
"""Error messages (always Bokmål, like the rest of the library's errors)."""
