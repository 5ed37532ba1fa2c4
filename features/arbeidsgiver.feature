# language: no
Egenskap: Arbeidsgivere og næringsliv – innvandreres kompetanse møter lokalt arbeidskraftbehov
  «Det er viktig å ta utgangspunkt i reelle arbeidskraftbehov i planleggingen.» Håndboka
  ber kommunene kartlegge behovet for arbeidskraft og kompetansen innvandrerne har, få
  godkjent utenlandsk kompetanse, involvere arbeidsgivere i språkopplæringen, bruke
  praksis- og lærlingeplasser og gi NAV en rolle sammen med lokale aktører.
  Næringsutvikling og rekruttering uten kobling til innvandrere er ikke dette temaet.

  Bakgrunn:
    Gitt standardkatalogen med kriterier

  Scenariomal: Det reelle arbeidskraftbehovet og innvandreres kompetanse
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «arbeidsgiver.arbeidskraftbehov» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Næringslivet har stort behov for arbeidskraft innen helse og bygg. | 0 |
      | nb | Kommunen har ikke kartlagt arbeidskraftbehovet med tanke på bosatte flyktninger. | 0 |
      | nb | Arbeidsinnvandrere dekker en stor del av behovet for arbeidskraft i fiskeindustrien. | 1 |
      | nn | Fleire verksemder i reiselivet har dei siste åra tilsett arbeidsinnvandrarar. | 1 |
      | nn | Kommunen vil kople kompetansen til flyktningar med behovet for arbeidskraft i næringslivet. | 2 |
      | nb | Næringsavdelingen og NAV kartlegger i 2025 arbeidskraftbehovet i privat og offentlig sektor for å rekruttere blant innvandrere. | 3 |
      | nn | NAV kartlegg kvart år behovet for arbeidskraft saman med næringslivet, og nyttar det i kvalifiseringa av flyktningar. | 3 |

  Scenariomal: Kartlegging av innvandreres kompetanse
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «arbeidsgiver.kompetansekartlegging» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen skal styrke kompetansen i helse- og omsorgstjenesten. | 0 |
      | nb | Kommunen har ingen oversikt over kompetansen til bosatte flyktninger. | 0 |
      | nb | Innvandrere i kommunen har mye kompetanse fra hjemlandet. | 1 |
      | nn | Kommunen skal ta i bruk kompetansen til innvandrarane i kommunen. | 2 |
      | nb | Flyktningtjenesten kartlegger innen 2025 kompetansen til alle medfølgende ektefeller og familiegjenforente. | 3 |
      | nn | Frå 2025 kartlegg vaksenopplæringa og NAV kompetansen til alle nybusette flyktningar. | 3 |

  Scenariomal: Godkjenning av utenlandsk utdanning
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «arbeidsgiver.godkjenning» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Byggesøknader skal godkjennes innen tre uker. | 0 |
      | nb | Kommunen har ikke noe tilbud om veiledning i godkjenning av utenlandsk utdanning. | 0 |
      | nb | Mange innvandrere venter lenge på godkjenning av utdanningen sin. | 1 |
      | nn | Kommunen vil hjelpe innvandrarar å få godkjent utdanning frå heimlandet. | 2 |
      | nb | Flyktningtjenesten veileder fra 2025 alle nybosatte flyktninger i søknad om godkjenning av utdanning hos NOKUT. | 3 |
      | nn | NAV hjelper kvart år minst 20 innvandrarar med å søkje NOKUT om godkjenning av utanlandsk utdanning. | 3 |

  Scenariomal: Praksis- og lærlingeplasser hos arbeidsgivere
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «arbeidsgiver.praksisplasser» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen ønsker flere lærlingeplasser i det lokale næringslivet. | 0 |
      | nb | Næringslivet tilbyr ingen praksisplasser for flyktninger. | 0 |
      | nb | Det er for få praksisplasser for deltakere i introduksjonsprogrammet. | 1 |
      | nn | Kommunen vil få fleire bedrifter til å tilby språkpraksis for flyktningar. | 2 |
      | nb | NAV inngår i 2025 avtaler med ti bedrifter om praksisplasser for flyktninger. | 3 |
      | nn | Næringsforeininga og NAV skaffar 15 lærlingplassar for unge flyktningar innan 2026. | 3 |

  Scenariomal: NAV, kvalifisering og karriereveiledning
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «arbeidsgiver.nav» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | NAV-kontoret ligger i rådhuset. | 0 |
      | nb | Kommunen har ikke tatt i bruk Jobbsjansen for hjemmeværende innvandrerkvinner. | 0 |
      | nb | NAV har kontakt med mange arbeidsgivere som tar inn flyktninger på arbeidstrening. | 1 |
      | nn | Kommunen vil styrkje karriererettleiinga for minoritetsspråklege. | 2 |
      | nb | NAV og flyktningtjenesten søker IMDi om midler til Jobbsjansen for hjemmeværende innvandrerkvinner i 2025. | 3 |
      | nn | Frå 2025 har NAV ein eigen rettleiar for innvandrarar som samarbeider med lokale arbeidsgjevarar. | 3 |

  Scenario: Et tiltak i en liste der ingressen nevner partneren, er et konkret tiltak
    Gitt en plan med teksten:
      """
      Sammen med næringslivet skal kommunen:
      - tilby praksisplasser for flyktninger i introduksjonsprogrammet
      - arrangere en årlig jobbmesse
      """
    Når planen vurderes
    Så får kriteriet «arbeidsgiver.praksisplasser» nivå 3

  Scenario: Næringsutvikling uten innvandrere er ikke temaet
    Gitt en plan med teksten:
      """
      Kommunen skal være en attraktiv vertskommune for nye bedrifter. Næringslivet
      trenger flere lærlinger, og kommunen vil samarbeide med NAV om rekruttering.
      """
    Når planen vurderes
    Så får temaet «arbeidsgiver» nivå 0
