"""The default text of every prevention document, in Dutch and English, after the guidance (seed:
"Voorkomen" and "Handelen na online grensoverschrijdend gedrag"). The organisation's name is filled in
where the text speaks of it; contact details are printed beside the steps from the organisation profile.
"""

from __future__ import annotations

from ogg_desktop.domain.checklist import Step
from ogg_desktop.domain.organisation import ContactRole
from ogg_desktop.domain.prevention import (
    AgreementsDocument,
    PolicyDocument,
    PolicyStep,
    PreventionDocument,
    PreventionKind,
    SelfSearchDocument,
    TeamMeetingDocument,
)

_OUR = {"nl": "onze organisatie", "en": "our organisation"}

_POLICY = {
    "nl": {
        "title": "Wie doet wat bij online grensoverschrijdend gedrag",
        "intro": ("Een beledigend bericht op LinkedIn, een bedreigend filmpje op YouTube, een nepadvertentie met "
                  "de naam van een collega: ook bij {org} kunnen medewerkers online te maken krijgen met "
                  "grensoverschrijdend gedrag. Dit protocol beschrijft wat we dan doen, in zeven stappen, en wie "
                  "daarvoor verantwoordelijk is. De medewerker houdt steeds de regie: niets gebeurt zonder "
                  "overleg met hem of haar."),
        "closing": ("Twijfel je of iets online grensoverschrijdend gedrag is? Meld het toch, bij je leidinggevende "
                    "of bij de vertrouwenspersoon. Liever één keer te veel dan één keer te weinig. Dit protocol "
                    "wordt elk jaar in het teamoverleg besproken en zo nodig bijgewerkt."),
    },
    "en": {
        "title": "Who does what in case of online harassment",
        "intro": ("An abusive message on LinkedIn, a threatening video on YouTube, a fake death notice naming a "
                  "colleague: at {org}, too, employees can be targeted online. This protocol describes what we "
                  "do then, in seven steps, and who is responsible for each. The employee stays in control: "
                  "nothing happens without talking it through with them."),
        "closing": ("Not sure whether something counts as online harassment? Report it anyway, to your manager or "
                    "to the confidential counsellor. Better once too often than once too few. This protocol is "
                    "discussed in the team meeting every year and updated where needed."),
    },
}

_STEPS: dict[str, list[tuple[Step, str, str, ContactRole | None]]] = {
    "nl": [
        (Step.SCREENSHOT, "De leidinggevende, samen met de medewerker",
         "Legt het bericht samen met de medewerker vast met een schermafbeelding en noteert wie het plaatste, "
         "op welk kanaal, van wie het account is en wie er verder bij betrokken zijn. Bewaart de "
         "schermafbeeldingen veilig en deelt ze niet verder dan nodig.", None),
        (Step.DISCUSS, "De leidinggevende of de vertrouwenspersoon",
         "Bespreekt het incident met de medewerker en geeft ruimte om gevoelens te delen. Spreekt samen af wat "
         "de medewerker nodig heeft en welke stappen volgen.", None),
        (Step.AFTERCARE, "HR, met de nazorgverlener",
         "Start direct met nazorg: een eerste gesprek binnen 72 uur, vervolggesprekken na 2 weken en na 6 tot 8 "
         "weken. Wordt nazorg afgeslagen, dan wordt die na 2 weken opnieuw aangeboden. Ook collega's die het "
         "zagen, krijgen aandacht.", ContactRole.AFTERCARE),
        (Step.PLATFORM_REPORT, "De leidinggevende, samen met de medewerker",
         "Meldt het bericht samen met de medewerker bij het platform en bewaart het ticketnummer en het besluit "
         "van het platform. Vaak gebeurt er weinig mee: het probleem is daarmee niet opgelost.", None),
        (Step.POLICE_REPORT, "De organisatie, vertegenwoordigd door HR",
         "Doet als organisatie aangifte bij de politie, op afspraak (0900-8844) of via 112 bij acuut gevaar, met "
         "het adres van de organisatie en niet het huisadres van de medewerker. De medewerker doet dit niet "
         "zelf. Bij belediging, smaad, laster en belaging is binnen 3 maanden een klacht van de medewerker "
         "nodig, of een bijzondere volmacht.", ContactRole.POLICE),
        (Step.LEGAL_HELP, "HR, met de juridisch adviseur",
         "Schakelt juridische hulp in als het platform het bericht niet verwijdert, bijvoorbeeld een sommatie "
         "aan de plaatser of het platform, of een kort geding.", ContactRole.LEGAL),
        (Step.PROFESSIONAL_HELP, "De leidinggevende, met de bedrijfsarts",
         "Houdt de medewerker in de periode na het incident goed in de gaten, vraagt regelmatig hoe het gaat en "
         "schakelt zo nodig professionele hulp in: de bedrijfsarts, een psycholoog of Slachtofferhulp.",
         ContactRole.COMPANY_DOCTOR),
    ],
    "en": [
        (Step.SCREENSHOT, "The manager, together with the employee",
         "Captures the message together with the employee in a screenshot and notes who posted it, on which "
         "channel, whose account it is and who else is involved. Keeps the screenshots safe and shares them "
         "no further than needed.", None),
        (Step.DISCUSS, "The manager or the confidential counsellor",
         "Discusses the incident with the employee and leaves room to share feelings. Agrees with the employee "
         "what they need and which steps follow.", None),
        (Step.AFTERCARE, "HR, with the aftercare provider",
         "Starts aftercare at once: a first talk within 72 hours, follow-ups after 2 weeks and after 6 to 8 "
         "weeks. If aftercare is declined, it is offered again after 2 weeks. Colleagues who saw it are "
         "looked after too.", ContactRole.AFTERCARE),
        (Step.PLATFORM_REPORT, "The manager, together with the employee",
         "Reports the message to the platform together with the employee and keeps the ticket number and the "
         "platform's decision. Often little happens: this does not solve the problem.", None),
        (Step.POLICE_REPORT, "The organisation, represented by HR",
         "Reports to the police as the organisation, by appointment (0900-8844) or 112 in an emergency, with the "
         "organisation's address rather than the employee's home address. The employee does not do this "
         "alone. Insult, defamation and stalking need the employee's complaint within 3 months, or a special "
         "power of attorney.", ContactRole.POLICE),
        (Step.LEGAL_HELP, "HR, with the legal adviser",
         "Engages legal help if the platform does not remove the message, for example a formal demand to the "
         "poster or the platform, or summary proceedings.", ContactRole.LEGAL),
        (Step.PROFESSIONAL_HELP, "The manager, with the company doctor",
         "Keeps a close eye on the employee after the incident, asks regularly how things are going and engages "
         "professional help where needed: the company doctor, a psychologist or Victim Support.",
         ContactRole.COMPANY_DOCTOR),
    ],
}

_AGREEMENTS = {
    "nl": AgreementsDocument(
        title="Zo gaan we met elkaar om",
        intro="Bij {org} werken we graag samen met u. Daarom maken we deze afspraken, ook over wat er online gebeurt.",
        agreements=[
            "We behandelen elkaar met respect, in gesprekken én online.",
            "We filmen, fotograferen of nemen geen gesprekken op zonder toestemming.",
            "We plaatsen geen berichten, foto's of filmpjes over medewerkers op internet.",
            "We zoeken medewerkers niet op via hun privéaccounts.",
            "Kritiek of een klacht? Bespreek het met ons of gebruik de klachtenregeling.",
            "Worden deze afspraken geschonden, dan spreken we u daarop aan. Bij bedreiging doen we aangifte.",
        ],
        closing="Vragen over deze afspraken? Stel ze gerust aan uw hulpverlener."),
    "en": AgreementsDocument(
        title="How we treat each other",
        intro=("At {org} we like working with you. That is why we make these agreements, also about what happens "
               "online."),
        agreements=[
            "We treat each other with respect, in person and online.",
            "We do not film, photograph or record conversations without consent.",
            "We do not post messages, photos or videos about staff on the internet.",
            "We do not look up staff through their private accounts.",
            "Criticism or a complaint? Talk to us or use the complaints procedure.",
            "If these agreements are broken, we will address it. Threats are reported to the police.",
        ],
        closing="Questions about these agreements? Feel free to ask your care provider."),
}

_TEAM = {
    "nl": TeamMeetingDocument(
        title="Agendapunt: online grensoverschrijdend gedrag",
        intro=("Dit onderwerp komt standaard terug in ons teamoverleg. Zo wordt het makkelijker om erover te praten "
               "als het gebeurt. Neem er 15 tot 20 minuten voor; niemand hoeft iets te delen wat hij of zij niet "
               "wil delen."),
        questions=[
            "Heeft iemand van ons onlangs online vervelende, kwetsende of bedreigende berichten, foto's of filmpjes "
            "gekregen? Wat gebeurde er en wat hielp?",
            "Welke signalen zien we bij cliënten of op sociale media waar we alert op moeten zijn?",
            "Weten we wat we doen als het gebeurt? We lopen de zeven stappen langs: wie doet wat?",
            "Kennen we de omgangsafspraken met cliënten, en hoe brengen we die ter sprake?",
            "Wat is er over ons online te vinden? Wie wil samen de checklist 'Zelf googelen' doorlopen?",
            "Wat heb je nodig van je collega's en je leidinggevende als het jou overkomt?",
        ],
        closing="Afspraken en acties: wat spreken we af, wie pakt het op en wanneer komen we erop terug?"),
    "en": TeamMeetingDocument(
        title="Agenda item: online harassment",
        intro=("This topic is a standing item in our team meeting, so that it is easier to talk about when it "
               "happens. Take 15 to 20 minutes; nobody has to share anything they do not want to share."),
        questions=[
            "Has one of us recently received unpleasant, hurtful or threatening messages, photos or videos online? "
            "What happened, and what helped?",
            "Which signals do we see with clients or on social media that we should be alert to?",
            "Do we know what to do when it happens? We go through the seven steps: who does what?",
            "Do we know the conduct agreements with clients, and how do we bring them up?",
            "What can be found about us online? Who would like to go through the 'Search yourself' checklist?",
            "What do you need from your colleagues and your manager if it happens to you?",
        ],
        closing="Agreements and actions: what do we agree, who takes it up, and when do we come back to it?"),
}

_PLATFORMS = ["Google (ook Afbeeldingen)", "LinkedIn", "Facebook", "Instagram", "X (Twitter)", "TikTok",
              "YouTube"]
_SELF = {
    "nl": SelfSearchDocument(
        title="Zelf googelen: wat is er over mij te vinden?",
        intro=("Loop deze lijst samen door, op een rustig moment. Zoek op je voor- en achternaam, ook in "
               "combinatie met {org}, je functie en je woonplaats. Kijk niet ingelogd (een privévenster), zoals "
               "een vreemde je ziet."),
        platforms=_PLATFORMS,
        visible=["Foto's van mij", "Adres of woonplaats", "Familie of kinderen", "Werkgever of werkplek",
                 "Telefoon of e-mail"],
        privacy=[
            "Profielen op 'privé' of 'alleen vrienden' gezet waar dat kan",
            "Werkgever en functie verborgen op privéprofielen",
            "Locatie uit berichten en foto's gehaald; locatiedelen uitgezet",
            "Vriendenlijst en volgers afgeschermd",
            "Oude berichten en foto's nagelopen en zo nodig verwijderd",
            "Taggen door anderen alleen na goedkeuring",
            "Gevonden zoekresultaten laten verwijderen waar dat kan",
        ],
        risks=[
            "Ik weet dat cliënten of hun naasten mijn privéprofielen kunnen zoeken",
            "Ik weet dat foto's van huis, kinderen of auto mijn adres kunnen verraden",
            "Ik weet dat ik een vervelend bericht niet beantwoord, maar vastleg en meld",
            "Ik weet bij wie ik terechtkan als ik online word lastiggevallen",
        ],
        closing="Spreek af wanneer je dit opnieuw doet, bijvoorbeeld over een halfjaar."),
    "en": SelfSearchDocument(
        title="Search yourself: what can be found about me?",
        intro=("Go through this list together, at a quiet moment. Search your first and last name, also together "
               "with {org}, your job and your town. Look while logged out (a private window), as a stranger "
               "sees you."),
        platforms=["Google (also Images)", "LinkedIn", "Facebook", "Instagram", "X (Twitter)", "TikTok", "YouTube"],
        visible=["Photos of me", "Address or town", "Family or children", "Employer or workplace", "Phone or e-mail"],
        privacy=[
            "Profiles set to 'private' or 'friends only' where possible",
            "Employer and job hidden on private profiles",
            "Location removed from posts and photos; location sharing off",
            "Friends list and followers hidden",
            "Old posts and photos checked and removed where needed",
            "Tagging by others only after approval",
            "Removal of search results requested where possible",
        ],
        risks=[
            "I know that clients or their relatives can look up my private profiles",
            "I know that photos of my home, children or car can give away my address",
            "I know not to answer a hostile message, but to capture it and report it",
            "I know whom to turn to if I am harassed online",
        ],
        closing="Agree when you will do this again, for example in six months."),
}


def _language(language: str) -> str:
    return language if language in _POLICY else "nl"


def default_document(kind: PreventionKind, language: str, organisation_name: str = "") -> PreventionDocument:
    """The default text of ``kind`` in ``language`` ("nl" or "en"), naming the organisation."""
    lang = _language(language)
    org = organisation_name.strip() or _OUR[lang]
    if kind == PreventionKind.POLICY:
        texts = _POLICY[lang]
        steps = [PolicyStep(step, who, what, role.value if role else "") for step, who, what, role in _STEPS[lang]]
        return PolicyDocument(texts["title"], texts["intro"].format(org=org), steps, texts["closing"])
    if kind == PreventionKind.AGREEMENTS:
        a = _AGREEMENTS[lang]
        return AgreementsDocument(a.title, a.intro.format(org=org), list(a.agreements), a.closing)
    if kind == PreventionKind.TEAM_MEETING:
        t = _TEAM[lang]
        return TeamMeetingDocument(t.title, t.intro, list(t.questions), t.closing)
    s = _SELF[lang]
    return SelfSearchDocument(s.title, s.intro.format(org=org), list(s.platforms), list(s.visible),
                              list(s.privacy), list(s.risks), s.closing)
