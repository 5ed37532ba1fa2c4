# language: no
Egenskap: Bolig – boliger til nykommere og Husbankens virkemidler
  «Tilgang på boliger er en flaskehals for mange kommuner. Ledige stillinger i
  næringslivet trenger folk, men ingen kan ta jobb uten et sted å bo.» Håndboka ber
  kommunene lage en boligplan med innvandrere som målgruppe, gjøre Husbankens
  ordninger kjent, hjelpe nykommere til å eie framfor å leie, og sikre utleieboliger
  for vanskeligstilte, gjerne i samspill med private (Hamarøy-modellen).
  «Bolig» som arealformål (boligområde, boligfelt) er ikke dette temaet.

  Bakgrunn:
    Gitt standardkatalogen med kriterier

  Scenariomal: Boligsosial handlingsplan med innvandrere som målgruppe
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «bolig.boligplan» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen har ikke utarbeidet en boligsosial handlingsplan. | 0 |
      | nb | Arealdelen viser nye boligområder på Nordstranda. | 0 |
      | nb | Kommunens boligsosiale handlingsplan er fra 2012. | 1 |
      | nn | Kommunen skal utarbeide ein bustadsosial handlingsplan der flyktningar er ei eiga målgruppe. | 2 |
      | nb | Boligsosial handlingsplan med flyktninger som egen målgruppe vedtas av kommunestyret innen 2025. | 2 |
      | nn | Eininga for helse og omsorg reviderer den bustadsosiale handlingsplanen innan utgangen av 2025. | 2 |
      | nb | Etter den boligsosiale handlingsplanen settes det av ti utleieboliger i året til flyktninger, ansvar: tildelingskontoret. | 3 |
      | nn | Etter den bustadsosiale handlingsplanen set kommunen av ti utleigebustader i året til flyktningar, ansvar: tildelingskontoret. | 3 |

  Scenariomal: Husbankens virkemidler gjøres kjent og tas i bruk
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «bolig.husbanken» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Husbanken har et regionkontor i Bodø. | 0 |
      | nb | Kommunen bruker ikke startlån fra Husbanken. | 0 |
      | nb | Startlån fra Husbanken er lite kjent blant innvandrere i kommunen. | 1 |
      | nn | Kommunen skal gjere startlån og bustøtte frå Husbanken betre kjent for flyktningar. | 2 |
      | nb | Flyktningtjenesten søker Husbanken om startlån til fem familier per år. | 3 |
      | nn | NAV tildeler startlån til minst fem flyktningfamiliar kvart år frå 2025. | 3 |
      | nb | Sykehjemmet finansieres med investeringstilskudd fra Husbanken på 96 mill. kroner. | 0 |

  Scenariomal: Nykommere får hjelp til å eie bolig framfor å leie
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «bolig.eie» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Boligmarkedet skal være variert med boliger for både leie og eie. | 0 |
      | nb | Kommunen har ingen ordning for at vanskeligstilte kan gå fra leie til eie. | 0 |
      | nn | Få flyktningar i kommunen eig eigen bustad. | 1 |
      | nb | Kommunen skal legge til rette for at flyktninger kan eie egen bolig. | 2 |
      | nb | Fra 2025 gir boligkontoret ti flyktningfamilier i året mulighet til å gå fra leie til eie med startlån. | 3 |
      | nn | Bustadkontoret hjelper frå 2025 fem flyktningfamiliar i året med å kjøpe eigen bustad. | 3 |
      | nn | Leige-til-eige skal prøvast ut for barnefamiliar med låg inntekt. | 2 |

  Scenariomal: Utleieboliger for nykommere og vanskeligstilte
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «bolig.utleieboliger» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen eier 120 utleieboliger. | 0 |
      | nb | Kommunen har ingen utleieboliger for flyktninger. | 0 |
      | nb | Det er stor mangel på utleieboliger for flyktninger. | 1 |
      | nn | Kommunen vil skaffe fleire utleigebustader til flyktningar og vanskelegstilte. | 2 |
      | nb | Etter Hamarøy-modellen lyser kommunen i 2025 ut et boligprosjekt med 12 utleieboliger for vanskeligstilte. | 3 |
      | nn | Bustadstiftinga kjøper fire nye utleigebustader til flyktningar i 2026, finansiert med tilskot frå Husbanken. | 3 |

  Scenariomal: Mangelen på boliger for tilflyttere er omtalt og møtt
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «bolig.tilgang» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Boligfeltet på Moen har 20 ledige tomter. | 0 |
      | nb | Det er ingen boligmangel for tilflyttere i kommunen. | 0 |
      | nb | Mangel på boliger gjør det vanskelig å rekruttere arbeidsinnvandrere. | 1 |
      | nn | Kommunen skal sikre at tilflyttarar og flyktningar har ein stad å bu. | 2 |
      | nb | Teknisk etat skaffer innen 2026 tjue boliger for å dekke boligbehovet til arbeidsinnvandrere. | 3 |
      | nn | Innan 2026 skal næringsavdelinga saman med utbyggjarar dekkje bustadbehovet til 30 arbeidsinnvandrarar. | 3 |

  Scenario: Et tiltak i en handlingstabell er et konkret tiltak
    Gitt en plan med tiltakstabellen:
      | Tiltak | Ansvar | Frist |
      | Søke Husbanken om tilskudd til utleieboliger for flyktninger | Boligkontoret | 2025 |
    Når planen vurderes
    Så får kriteriet «bolig.husbanken» nivå 3
    Og bevisene for «bolig.husbanken» nevner "Husbanken"

  Scenario: En arealplan der bolig bare er arealformål, gir ikke temaet
    Gitt en plan med teksten:
      """
      Områdene avsatt til boligformål skal bebygges med frittliggende boliger.
      I boligområdet B3 tillates inntil 12 boliger. Boligfeltet skal ha lekeplass.
      Boligene skal være godt integrert i bebyggelsen rundt.
      """
    Når planen vurderes
    Så får temaet «bolig» nivå 0

  Scenario: Negasjon vinner over omtale
    Gitt en plan med teksten:
      """
      Kommunen har ingen boligsosial handlingsplan.
      """
    Når planen vurderes
    Så får temaet «bolig» nivå 0
