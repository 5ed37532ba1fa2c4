# language: no
Egenskap: Frivillighet og lokal deltakelse – nykommere med i lokalsamfunnet
  «Nye innbyggere skal også kunne delta i lokalt samfunnsliv.» Håndboka foreslår en
  velkomstpakke med informasjon om lag og foreninger, opplæring i lokal kultur,
  fadderordninger gjennom frivilligsentralen og felles møteplasser, og viser til IMDis
  tilskudd til frivillig virksomhet og til innvandrerrådet i Hedmark.
  Støtte til frivilligheten generelt, eller «inkludering for alle» uten nykommere, er
  ikke dette temaet.

  Bakgrunn:
    Gitt standardkatalogen med kriterier

  Scenariomal: Velkomstpakke til nye innbyggere
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «frivillighet.velkomstpakke» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen har et rikt kulturliv med mange lag og foreninger. | 0 |
      | nb | Kommunen har ingen velkomstpakke til nye innbyggere. | 0 |
      | nb | Nye innbyggere får i dag lite informasjon om lag og foreninger. | 1 |
      | nn | Kommunen vil lage ein velkomstpakke til nykomne. | 2 |
      | nb | Frivilligsentralen deler fra 2025 ut en velkomstpakke med informasjon om lag og foreninger til alle nye innbyggere. | 3 |
      | nn | Servicetorget sender ein velkomstpakke til alle nye innbyggjarar innan ein månad etter at dei har flytta hit. | 3 |

  Scenariomal: Fadder og vennefamilie
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «frivillighet.fadder» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Skolen har fadderordning for elevene i første klasse. | 0 |
      | nb | Kommunen mangler en fadderordning for nyankomne flyktninger. | 0 |
      | nb | Flere flyktningfamilier har i dag en vennefamilie i bygda. | 1 |
      | nn | Kommunen ønskjer å tilby alle nybusette flyktningar ein fadder. | 2 |
      | nb | Frivilligsentralen etablerer i 2025 en fadderordning for alle nyankomne flyktninger. | 3 |
      | nn | Raudekrossen og frivilligsentralen formidlar kvart år vennefamiliar til 20 nykomne innvandrarar. | 3 |

  Scenariomal: Lag, foreninger og frivilligsentralen inkluderer innvandrere
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «frivillighet.lag_og_foreninger» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen vil støtte frivilligheten og lag og foreninger. | 0 |
      | nb | Kommunen har ikke et samarbeid med frivilligsentralen om integrering av flyktninger. | 0 |
      | nb | Få innvandrere er med i idrettslag og andre frivillige organisasjoner. | 1 |
      | nn | Kommunen vil at lag og organisasjonar skal inkludere innvandrarar og flyktningar. | 2 |
      | nb | Frivilligsentralen søker hvert år IMDis tilskudd til frivillig virksomhet for å få flyktninger med i idrettslagene. | 3 |
      | nn | Kulturkontoret gjev frå 2025 tilskot til idrettslag som tek imot nykomne flyktningar. | 3 |

  Scenariomal: Møteplasser mellom nykommere og andre innbyggere
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «frivillighet.moteplasser» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Torget skal bli en attraktiv møteplass for alle innbyggere. | 0 |
      | nb | Det finnes ingen møteplasser for innvandrere og andre innbyggere. | 0 |
      | nb | Biblioteket er en viktig møteplass for innvandrere. | 1 |
      | nn | Kommunen vil skape fleire møteplassar mellom innvandrarar og andre innbyggjarar. | 2 |
      | nb | Biblioteket og frivilligsentralen driver fra 2025 en ukentlig språkkafé for innvandrere. | 3 |
      | nn | Kulturkontoret arrangerer ein internasjonal dag kvart år saman med innvandrarorganisasjonane. | 3 |

  Scenariomal: Innvandrerråd og medvirkning
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «frivillighet.medvirkning» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Barn og unge skal sikres medvirkning i planarbeidet. | 0 |
      | nb | Kommunen har ikke et innvandrerråd. | 0 |
      | nb | Innvandrere er lite representert i lokalpolitikken og i medvirkningen til planen. | 1 |
      | nn | Kommunen vil sikre medverknad frå innvandrarar i planarbeidet. | 2 |
      | nb | Kommunestyret oppretter et innvandrerråd i 2025. | 3 |
      | nn | Frå 2025 skal innvandrarrådet vere høyringsinstans for alle kommunale planar, med sekretariat hjå rådmannen. | 3 |
      | nb | Det skal etableres et flerkulturelt råd i 2025. | 3 |

  Scenario: Overskriften gir konteksten
    Gitt en plan med teksten under overskriften "Integrering av flyktninger":
      """
      Kommunen vil styrke samarbeidet med frivilligsentralen.
      """
    Når planen vurderes
    Så får kriteriet «frivillighet.lag_og_foreninger» nivå 2

  Scenario: Inkludering for alle uten nykommere er ikke temaet
    Gitt en plan med teksten:
      """
      Kommunen skal være et inkluderende lokalsamfunn for alle. Frivilligheten er
      viktig for eldre og for barn og unge, og kommunen vil støtte lag og foreninger.
      """
    Når planen vurderes
    Så får temaet «frivillighet» nivå 0
