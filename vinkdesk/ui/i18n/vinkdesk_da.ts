<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccessExportDialog</name>
    <message>
        <location filename="../access_export.py" line="65"/>
        <source>Right-of-access report – %1</source>
        <translation>Indsigtsrapport – %1</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="69"/>
        <source>The report gives the person what your notes hold about them and what GDPR article 15 asks besides. It says that a concern was raised and by which kind of source (its role and organisation).</source>
        <translation>Rapporten giver personen det, dine notater rummer om vedkommende, og det, som databeskyttelsesforordningens artikel 15 kræver derudover. Den oplyser, at der er rejst en bekymring, og af hvilken slags kilde (rolle og organisation).</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="83"/>
        <source>Fill in the &amp;unit&apos;s details…</source>
        <translation>&amp;Udfyld enhedens oplysninger …</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="84"/>
        <source>The same as Settings → Unit details…</source>
        <translation>Det samme som Indstillinger → Enhedens oplysninger …</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="96"/>
        <source>Information shared with the police, PET or the Infohus</source>
        <translation>Oplysninger delt med politiet, PET eller Infohuset</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="100"/>
        <source>Databeskyttelsesloven § 22, stk. 2 may allow leaving information out where decisive public interests weigh heavier, among them the prevention of crime and the security of the state. You decide this, with the municipality&apos;s DPO or jurist, before you hand the report over.</source>
        <translation>Efter databeskyttelseslovens § 22, stk. 2 kan oplysninger undtages, hvis afgørende offentlige interesser vejer tungere, blandt andet forebyggelse af kriminalitet og statens sikkerhed. Det afgør du sammen med kommunens databeskyttelsesrådgiver eller jurist, før du udleverer rapporten.</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="115"/>
        <source>&amp;Include the name and contact of who raised the concern</source>
        <translation>&amp;Medtag navn og kontaktoplysninger på den, der rejste bekymringen</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="119"/>
        <source>You decide this under the access rules. The person&apos;s right of access may be limited to protect others, among them whoever raised the concern (databeskyttelsesloven § 22): their identity may be withheld. Tick it only once you have weighed that the person may see it.</source>
        <translation>Det afgør du efter reglerne om indsigt. Personens ret til indsigt kan begrænses for at beskytte andre, også den, der rejste bekymringen (databeskyttelseslovens § 22): vedkommendes identitet kan holdes tilbage. Sæt kun flueben, når du har vurderet, at personen må se den.</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="136"/>
        <source>&amp;Make report</source>
        <translation>&amp;Lav rapporten</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="141"/>
        <source>Who raised the concern</source>
        <translation>Hvem der rejste bekymringen</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="165"/>
        <source>Only the kind of source is recorded on this case, no name or contact: there is nothing to include.</source>
        <translation>På sagen er kun registreret, hvilken slags kilde der rejste bekymringen – intet navn og ingen kontakt: der er intet at medtage.</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="170"/>
        <source>The concern was raised anonymously: no name or contact is kept, so there is none to include.</source>
        <translation>Bekymringen blev rejst anonymt: der gemmes hverken navn eller kontakt, så der er intet at medtage.</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="174"/>
        <source>No name or contact of who raised the concern is recorded: there is nothing to include.</source>
        <translation>Der er ikke registreret navn eller kontakt på den, der rejste bekymringen: der er intet at medtage.</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="196"/>
        <source>the unit&apos;s name</source>
        <translation>enhedens navn</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="198"/>
        <source>an address, a phone number or an e-mail address</source>
        <translation>en adresse, et telefonnummer eller en e-mailadresse</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="201"/>
        <source>The report must name the data controller and how to reach it</source>
        <translation>Rapporten skal oplyse den dataansvarlige, og hvordan den kontaktes</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="205"/>
        <source>The person has a right to know the data controller and how to contact it. Missing: %1. Fill in the unit&apos;s details; then the report can be made.</source>
        <translation>Personen har ret til at vide, hvem den dataansvarlige er, og hvordan den kontaktes. Mangler: %1. Udfyld enhedens oplysninger, så kan rapporten laves.</translation>
    </message>
    <message>
        <location filename="../access_export.py" line="207"/>
        <source> and </source>
        <translation> og </translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../action_plan.py" line="220"/>
        <source>Add action</source>
        <translation>Tilføj handling</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="220"/>
        <source>Edit action</source>
        <translation>Rediger handling</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="177"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="179"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="180"/>
        <source>Has a due date</source>
        <translation>Har en frist</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="182"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="190"/>
        <source>&amp;Action:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="191"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="193"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="214"/>
        <source>Restored from your draft.</source>
        <translation>Gendannet fra din kladde.</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="240"/>
        <source>The due date cannot be read. Write it as %1, or untick the due date.</source>
        <translation>Fristen kan ikke læses. Skriv den som %1, eller fjern fluebenet ved frist.</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="286"/>
        <source>Save the changes to this action?</source>
        <translation>Gem ændringerne i denne handling?</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="287"/>
        <source>Discard deletes what you wrote since the last save.</source>
        <translation>Forkast sletter det, du har skrevet, siden du sidst gemte.</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="362"/>
        <source>When vinkdesk locked, the action being written could not be kept, so it is lost. The reason: %1</source>
        <translation>Da vinkdesk låste, kunne handlingen, du var ved at skrive, ikke gemmes, så den er tabt. Årsagen: %1</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../action_plan.py" line="90"/>
        <location filename="../action_plan.py" line="117"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="90"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="90"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="90"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="125"/>
        <source>(overdue)</source>
        <translation>(overskredet)</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="148"/>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
</context>
<context>
    <name>AddSupervisorDialog</name>
    <message>
        <location filename="../supervision.py" line="39"/>
        <source>Add a supervisor</source>
        <translation>Tilføj en leder</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="43"/>
        <source>Let the supervisor type their own passphrase. They open this vault with it and see the review queue; they cannot write or change your notes.</source>
        <translation>Lad lederen selv skrive sin adgangssætning. Med den åbner lederen dine notater og ser, hvad der venter på godkendelse; lederen kan ikke skrive eller ændre dine notater.</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="49"/>
        <source>Supervisor&apos;s name</source>
        <translation>Lederens navn</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="52"/>
        <source>Supervisor&apos;s passphrase</source>
        <translation>Lederens adgangssætning</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="55"/>
        <source>Repeat passphrase</source>
        <translation>Gentag adgangssætningen</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="63"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="65"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="69"/>
        <source>&amp;Add supervisor</source>
        <translation>&amp;Tilføj leder</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="81"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>De to adgangssætninger er forskellige. Skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="85"/>
        <source>Adding…</source>
        <translation>Tilføjer …</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../assessment_view.py" line="29"/>
        <source>Assessment of %1</source>
        <translation>Vurdering den %1</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="33"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="43"/>
        <source>Made</source>
        <translation>Foretaget</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="43"/>
        <source>draft</source>
        <translation>kladde</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="44"/>
        <source>Chosen level</source>
        <translation>Valgt niveau</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="44"/>
        <source>Suggested level</source>
        <translation>Foreslået niveau</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="45"/>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="45"/>
        <source>What we do not know yet</source>
        <translation>Det ved vi ikke endnu</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="46"/>
        <source>not determined: key factors unknown</source>
        <translation>ikke afgjort: centrale faktorer er ukendte</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../assessment_wizard.py" line="780"/>
        <source>Level assessment – %1</source>
        <translation>Niveauvurdering – %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="784"/>
        <source>Save and &amp;close</source>
        <translation>Gem og &amp;luk</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="785"/>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="786"/>
        <source>&amp;Save assessment</source>
        <translation>&amp;Gem vurdering</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="815"/>
        <source>Step %1 of %2</source>
        <translation>Trin %1 af %2</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="833"/>
        <source>Rate the factor in focus: %1</source>
        <translation>Vurdér faktoren med fokus: %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="835"/>
        <source>Step the factor&apos;s rating</source>
        <translation>Flyt faktorens vurdering et trin</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="836"/>
        <source>The previous or next factor</source>
        <translation>Forrige eller næste faktor</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="837"/>
        <source>On to the factor&apos;s evidence and source, then the next factor</source>
        <translation>Videre til faktorens grundlag og kilde, derefter næste faktor</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="838"/>
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="839"/>
        <source>Keep as a draft and go on</source>
        <translation>Gem som kladde, og fortsæt</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="842"/>
        <source>On the last page: save the assessment; before it: keep the draft and close</source>
        <translation>På sidste side: gem vurderingen; før den: gem kladden, og luk</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="844"/>
        <source>Close (asks first when something is not kept)</source>
        <translation>Luk (spørger først, hvis noget ikke er gemt)</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="854"/>
        <source>Moving the focus never changes a rating: a factor you do not rate stays unknown.</source>
        <translation>At flytte fokus ændrer aldrig en vurdering: en faktor, du ikke vurderer, forbliver ukendt.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="860"/>
        <source>Keys in the assessment</source>
        <translation>Taster i vurderingen</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="979"/>
        <source>Draft saved %1</source>
        <translation>Kladde gemt %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="1012"/>
        <source>Discard the assessment?</source>
        <translation>Kassér vurderingen?</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="1013"/>
        <source>Everything entered in this assessment will be deleted.</source>
        <translation>Alt, hvad der er indtastet i denne vurdering, bliver slettet.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="1052"/>
        <source>The assessment is not finished.</source>
        <translation>Vurderingen er ikke færdig.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="1054"/>
        <source>Keep as draft keeps what you entered inside the vault, to go on later from this page. Discard deletes the unfinished assessment.</source>
        <translation>Gem som kladde gemmer det, du har udfyldt, krypteret sammen med dine notater, så du senere kan fortsætte fra denne side. Forkast sletter den ufærdige vurdering.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="1100"/>
        <source>When vinkdesk locked, the unfinished assessment of case %1 could not be kept, so what was entered after its last saved draft is lost. The reason: %2</source>
        <translation>Da vinkdesk låste, kunne den ufærdige vurdering af sag %1 ikke gemmes, så det, der blev udfyldt efter den sidst gemte kladde, er tabt. Årsagen: %2</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../audit_log.py" line="111"/>
        <source>Audit log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="114"/>
        <location filename="../audit_log.py" line="115"/>
        <source>Case ref</source>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="118"/>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="119"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="123"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="124"/>
        <source>Every action</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="133"/>
        <source>&amp;from</source>
        <translation>&amp;fra</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="135"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="137"/>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="148"/>
        <source>What</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="148"/>
        <source>Concerning</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="171"/>
        <source>&amp;Check the log</source>
        <translation>&amp;Kontrollér loggen</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="217"/>
        <source>Reading the log…</source>
        <translation>Læser loggen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_log.py" line="235"/>
        <source>%n row(s), newest first</source>
        <translation>
            <numerusform>%n række, nyeste først</numerusform>
            <numerusform>%n rækker, nyeste først</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="248"/>
        <source>There is no case %1. Check the ref, or empty the field to see every case.</source>
        <translation>Der er ingen sag %1. Kontrollér sagsnummeret, eller tøm feltet for at se alle sager.</translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_log.py" line="261"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %n mere</numerusform>
            <numerusform>… og %n mere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="271"/>
        <source>Checking the log and the file with your notes…</source>
        <translation>Kontrollerer loggen og filen med dine notater …</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="293"/>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="148"/>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="148"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="148"/>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="174"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Eksportér som PDF …</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="289"/>
        <source>all cases</source>
        <translation>alle sager</translation>
    </message>
</context>
<context>
    <name>CaseClosingDialog</name>
    <message>
        <location filename="../case_closing.py" line="61"/>
        <source>Close case %1</source>
        <translation>Afslut sag %1</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="63"/>
        <source>Closing the case counts it as closed in the anonymised statistics, in the quarter of the closing date, with its reason. Its notes stay in your notes as they are, and you can reopen the case later.</source>
        <translation>Når sagen afsluttes, tæller den som afsluttet i den anonymiserede statistik i kvartalet for afslutningsdatoen, med grunden. Noterne bliver i dine notater, som de er, og du kan genåbne sagen senere.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="68"/>
        <source>The closing date lies between %1 (the case&apos;s last consultation or its opening) and today.</source>
        <translation>Afslutningsdatoen ligger mellem %1 (sagens seneste samtale eller oprettelse) og i dag.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="70"/>
        <source>Closing &amp;date:</source>
        <translation>Afslutnings&amp;dato:</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="71"/>
        <source>&amp;Close case</source>
        <translation>&amp;Afslut sag</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="74"/>
        <source>Reopen case %1</source>
        <translation>Genåbn sag %1</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="76"/>
        <source>Reopening the case makes it active again, in the case list and in the anonymised statistics. You can close it again later.</source>
        <translation>Når sagen genåbnes, er den aktiv igen, både i sagslisten og i den anonymiserede statistik. Du kan afslutte den igen senere.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="79"/>
        <source>The reopening date lies between %1 (the day the case was closed) and today.</source>
        <translation>Genåbningsdatoen ligger mellem %1 (dagen, sagen blev afsluttet) og i dag.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="80"/>
        <source>Reopening &amp;date:</source>
        <translation>Genåbnings&amp;dato:</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="81"/>
        <source>&amp;Reopen case</source>
        <translation>&amp;Genåbn sag</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="91"/>
        <source>What is wrong with the date</source>
        <translation>Hvad der er galt med datoen</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="96"/>
        <source>Choose the reason …</source>
        <translation>Vælg grunden …</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="100"/>
        <source>Reason for closing</source>
        <translation>Grund til afslutning</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="102"/>
        <source>What is missing in the reason</source>
        <translation>Hvad der mangler ved grunden</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="106"/>
        <source>The reason in your own words</source>
        <translation>Grunden med dine egne ord</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="107"/>
        <location filename="../case_closing.py" line="188"/>
        <source>Only for “Other reason”</source>
        <translation>Kun ved “Anden grund”</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="110"/>
        <source>What is missing in the reason in words</source>
        <translation>Hvad der mangler ved grunden med egne ord</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="126"/>
        <source>&amp;Reason for closing:</source>
        <translation>&amp;Grund til afslutning:</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="129"/>
        <source>Reason in &amp;words:</source>
        <translation>Grunden med egne &amp;ord:</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="188"/>
        <source>Why is the case closed? A few words</source>
        <translation>Hvorfor afsluttes sagen? Et par ord</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="199"/>
        <source>The case is at level %1, but no follow-ups are planned: the concern was not confirmed.</source>
        <translation>Sagen er på niveau %1, men der planlægges ingen opfølgninger, fordi bekymringen ikke blev bekræftet.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="206"/>
        <source>The case is at level %1. Closing it plans two follow-ups, 6 and 12 months after the closing date: on %2 and on %3. They appear as tasks in the case&apos;s action plan, where you record how each went.</source>
        <translation>Sagen er på niveau %1. Når den afsluttes, planlægges to opfølgninger 6 og 12 måneder efter afslutningsdatoen: den %2 og den %3. De står som handlinger i sagens handleplan, hvor du registrerer, hvordan hver opfølgning gik.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="222"/>
        <source>The closing date cannot lie in the future. Choose today or an earlier day.</source>
        <translation>Afslutningsdatoen kan ikke ligge i fremtiden. Vælg i dag eller en tidligere dag.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="223"/>
        <source>The reopening date cannot lie in the future. Choose today or an earlier day.</source>
        <translation>Genåbningsdatoen kan ikke ligge i fremtiden. Vælg i dag eller en tidligere dag.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="227"/>
        <source>The case was closed on %1: it cannot be reopened before that day.</source>
        <translation>Sagen blev afsluttet den %1. Den kan ikke genåbnes før den dag.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="229"/>
        <source>The case&apos;s last consultation was on %1: the case cannot close before it.</source>
        <translation>Sagens seneste samtale var den %1. Sagen kan ikke afsluttes før den.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="231"/>
        <source>The case was opened on %1: it cannot close before that day.</source>
        <translation>Sagen blev oprettet den %1. Den kan ikke afsluttes før den dag.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="237"/>
        <source>Choose why the case is closed.</source>
        <translation>Vælg, hvorfor sagen afsluttes.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="242"/>
        <source>Write the reason in a few words: “Other reason” needs them.</source>
        <translation>Skriv grunden med et par ord: “Anden grund” kræver dem.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="273"/>
        <source>Close case %1 as entered?</source>
        <translation>Afslut sag %1 som udfyldt?</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="275"/>
        <source>Save closes the case for the reason chosen. Discard throws away what you entered; the case stays open.</source>
        <translation>Gem afslutter sagen med den valgte grund. Forkast sletter det, du har udfyldt, og sagen forbliver åben.</translation>
    </message>
    <message>
        <location filename="../case_closing.py" line="320"/>
        <source>Keep the reason under %1 characters.</source>
        <translation>Hold grunden under %1 tegn.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../case_page.py" line="220"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="286"/>
        <source>Consultations, newest first</source>
        <translation>Samtaler, nyeste først</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="290"/>
        <source>The chosen consultation</source>
        <translation>Den valgte samtale</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="311"/>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="352"/>
        <source>Assessments</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="362"/>
        <location filename="../case_page.py" line="386"/>
        <source>Duty to notify and referrals</source>
        <translation>Underretning og henvisninger</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="368"/>
        <source>Receipt date</source>
        <translation>Kvitteringsdato</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="397"/>
        <source>Action &amp;plan</source>
        <translation>Handle&amp;plan</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="400"/>
        <source>Supervisor reviews</source>
        <translation>Lederens gennemgang</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="405"/>
        <source>Shari&amp;ng</source>
        <translation>Deli&amp;ng</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="508"/>
        <source>(draft)</source>
        <translation>(kladde)</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="516"/>
        <source>Level over time:</source>
        <translation>Niveau over tid:</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="382"/>
        <location filename="../case_page.py" line="522"/>
        <source>Not assessed yet.</source>
        <translation>Endnu ikke vurderet.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="558"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="559"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="560"/>
        <source>District</source>
        <translation>Bydel</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="561"/>
        <source>Concern</source>
        <translation>Bekymring</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="563"/>
        <source>Counsellor</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="564"/>
        <source>Opened</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="565"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="265"/>
        <source>Record a consultation on this case (Ctrl+Shift+N)</source>
        <translation>Skriv en samtale på denne sag (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="223"/>
        <source>Mar&amp;k reviewed…</source>
        <translation>&amp;Gennemgået …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="225"/>
        <source>The case was reviewed: the next review follows from its level</source>
        <translation>Sagen er gennemgået: Næste gennemgang følger af dens niveau</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="228"/>
        <source>Move review day…</source>
        <translation>Flyt gennemgang …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="229"/>
        <source>Choose another day for the next review</source>
        <translation>Vælg en anden dag for næste gennemgang</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="236"/>
        <source>Reviews and closings</source>
        <translation>Gennemgange og afslutninger</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="240"/>
        <source>Reviews and closings, newest first</source>
        <translation>Gennemgange og afslutninger, nyeste først</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="247"/>
        <source>The concern</source>
        <translation>Bekymringen</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="251"/>
        <source>Who raised the concern</source>
        <translation>Hvem der rejste bekymringen</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="252"/>
        <source>Edit…</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="253"/>
        <source>Record who raised the concern, and when and how</source>
        <translation>Registrér, hvem der rejste bekymringen, og hvornår og hvordan</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="254"/>
        <source>Edit who raised the concern</source>
        <translation>Rediger, hvem der rejste bekymringen</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="264"/>
        <source>New consultation</source>
        <translation>Ny samtale</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="267"/>
        <source>Print s&amp;ummary…</source>
        <translation>Ud&amp;skriv resumé …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="269"/>
        <source>Ri&amp;ght-of-access report (PDF)…</source>
        <translation>Indsigtsrapp&amp;ort (PDF) …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="271"/>
        <source>Everything the vault holds about this case, for the person&apos;s right of access</source>
        <translation>Alt, hvad dine notater rummer om sagen, til personens ret til indsigt</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="297"/>
        <source>No consultations yet. Press Ctrl+Shift+N to record the first.</source>
        <translation>Ingen samtaler endnu. Tryk Ctrl+Shift+N for at skrive den første.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="299"/>
        <source>No consultations yet.</source>
        <translation>Ingen samtaler endnu.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="313"/>
        <source>Add act&amp;ion</source>
        <translation>Tilfø&amp;j handling</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="317"/>
        <source>Record follo&amp;w-up…</source>
        <translation>Registrér opfølgning …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="319"/>
        <source>How the follow-up after the closing went (the chosen action must be a follow-up)</source>
        <translation>Hvordan opfølgningen efter afslutningen gik (den valgte handling skal være en opfølgning)</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="329"/>
        <source>No actions yet. Add action adds the first one; when an assessment is saved, you can take over the actions it recommends.</source>
        <translation>Ingen handlinger endnu. Tilføj handling tilføjer den første; når en vurdering gemmes, kan du overtage de handlinger, den anbefaler.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="333"/>
        <source>No actions yet.</source>
        <translation>Ingen handlinger endnu.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="341"/>
        <source>The chosen follow-up</source>
        <translation>Den valgte opfølgning</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="358"/>
        <source>Ne&amp;w assessment…</source>
        <translation>Ny v&amp;urdering …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="369"/>
        <source>Record receipt</source>
        <translation>Registrér kvittering</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="378"/>
        <source>Not assessed yet. New assessment walks you through the first assessment of the level, factor by factor.</source>
        <translation>Endnu ikke vurderet. Ny vurdering fører dig gennem den første vurdering af niveauet, faktor for faktor.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="396"/>
        <source>Consu&amp;ltations</source>
        <translation>Sam&amp;taler</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="398"/>
        <source>&amp;Assessments</source>
        <translation>Vurd&amp;eringer</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="403"/>
        <source>&amp;Reviews</source>
        <translation>Godkende&amp;lser</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="448"/>
        <source>Information shared, oldest first</source>
        <translation>Delte oplysninger, ældste først</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="452"/>
        <source>The chosen sharing</source>
        <translation>Den valgte deling</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="459"/>
        <source>No information about this case has been shared with another agency. Record sharing… records each time you share, with its legal basis and purpose.</source>
        <translation>Der er ikke delt oplysninger om sagen med en anden myndighed. Med Registrér deling … registrerer du hver deling med dens hjemmel og formål.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="463"/>
        <source>No information about this case has been shared with another agency.</source>
        <translation>Der er ikke delt oplysninger om sagen med en anden myndighed.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="466"/>
        <source>Record shar&amp;ing…</source>
        <translation>Registrér deling …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="468"/>
        <source>Record information shared with another agency, or a referral to the Infohus</source>
        <translation>Registrér oplysninger, der er delt med en anden myndighed, eller en henvisning til Infohuset</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="473"/>
        <source>Infohus decision…</source>
        <translation>Infohusets besl&amp;utning …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="475"/>
        <source>The Infohus&apos; decision on the chosen referral, and the citizen&apos;s wish for a course</source>
        <translation>Infohusets beslutning om den valgte henvisning, og borgerens ønske om et forløb</translation>
    </message>
    <message numerus="yes">
        <location filename="../case_page.py" line="547"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case_page.py" line="553"/>
        <source>(reopened %1)</source>
        <translation>(genåbnet %1)</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="562"/>
        <source>Referred by</source>
        <translation>Henvendelse fra</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="568"/>
        <source>Why closed</source>
        <translation>Grund til afslutning</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="578"/>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="580"/>
        <source>Next review</source>
        <translation>Næste gennemgang</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="593"/>
        <source>Re&amp;open case…</source>
        <translation>&amp;Genåbn sag …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="593"/>
        <source>Cl&amp;ose case…</source>
        <translation>&amp;Afslut sag …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="595"/>
        <source>Asks for the day the case was reopened, and makes it active again</source>
        <translation>Spørger om datoen for genåbningen og gør sagen aktiv igen</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="597"/>
        <source>Asks for the closing day; a closed case counts as closed in the statistics</source>
        <translation>Spørger om datoen for afslutningen; en afsluttet sag tæller som afsluttet i statistikken</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="605"/>
        <source>No reason recorded (closed before vinkdesk asked)</source>
        <translation>Ingen grund registreret (lukket før vinkdesk spurgte)</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="615"/>
        <source>Closed: %1</source>
        <translation>Afsluttet: %1</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="620"/>
        <source>Reopened: the concern returned at a follow-up</source>
        <translation>Genåbnet, da bekymringen var vendt tilbage ved en opfølgning</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="622"/>
        <source>Reopened</source>
        <translation>Genåbnet</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="635"/>
        <source>next review %1</source>
        <translation>næste gennemgang %1</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="647"/>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="655"/>
        <source>Who asked:</source>
        <translation>Hvem henvendte sig:</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="658"/>
        <source>This is an earlier version, kept as history.</source>
        <translation>Dette er en tidligere version, bevaret som historik.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="661"/>
        <source>Notes</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="662"/>
        <source>Advice given</source>
        <translation>Rådgivning givet</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="663"/>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="678"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="679"/>
        <source>Returned</source>
        <translation>Sendt tilbage</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="680"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="682"/>
        <source>consultation</source>
        <translation>samtale</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="682"/>
        <source>assessment</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="691"/>
        <source>No supervisor has reviewed this case yet.</source>
        <translation>Ingen leder har gennemgået sagen endnu.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="698"/>
        <source>Notification to the municipality</source>
        <translation>Underretning til kommunen</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="700"/>
        <source>Referral to the police-led cooperation</source>
        <translation>Henvisning til det politiledede samarbejde</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="703"/>
        <source>not done – %1</source>
        <translation>ikke sket – %1</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="708"/>
        <source>receipt %1</source>
        <translation>kvittering %1</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="715"/>
        <source>no receipt: it was due %1</source>
        <translation>ingen kvittering: fristen var %1</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="720"/>
        <source>awaiting receipt</source>
        <translation>afventer kvittering</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="751"/>
        <source>Receipt not recorded</source>
        <translation>Kvitteringen blev ikke registreret</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="833"/>
        <source>When and how it was raised is not recorded.</source>
        <translation>Hvornår og hvordan den blev rejst, er ikke registreret.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="838"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="845"/>
        <source>Raised: %1</source>
        <translation>Rejst: %1</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="846"/>
        <source>Raised by:</source>
        <translation>Rejst af:</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="939"/>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="941"/>
        <source>not recorded yet</source>
        <translation>ikke registreret endnu</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="947"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../case_list.py" line="190"/>
        <source>The case&apos;s next review: ⚠ and red once the day has passed</source>
        <translation>Sagens næste gennemgang: ⚠ og rød, når dagen er overskredet</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="199"/>
        <source>Ref</source>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="200"/>
        <source>Subject</source>
        <translation>Person (alias)</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="201"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="202"/>
        <source>District</source>
        <translation>Bydel</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="203"/>
        <source>Latest</source>
        <translation>Seneste samtale</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="204"/>
        <source>Next due</source>
        <translation>Næste frist</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="205"/>
        <source>Next review</source>
        <translation>Næste gennemgang</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="206"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="262"/>
        <source>(overdue)</source>
        <translation>(overskredet)</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="271"/>
        <source>(review overdue)</source>
        <translation>(gennemgang overskredet)</translation>
    </message>
</context>
<context>
    <name>CasesPresenter</name>
    <message>
        <location filename="../presenters/cases.py" line="129"/>
        <location filename="../presenters/cases.py" line="168"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <location filename="../casework_dialog.py" line="47"/>
        <source>Shorten this to at most %1 characters.</source>
        <translation>Forkort det til højst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="51"/>
        <source>Choose the legal basis for sharing: nothing is shared without one.</source>
        <translation>Vælg hjemlen for delingen: Intet deles uden hjemmel.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="54"/>
        <source>Write the legal basis out: the act and section, and why it applies.</source>
        <translation>Skriv hjemlen ud: loven og paragraffen, og hvorfor den gælder her.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="57"/>
        <source>Write the purpose of sharing: why the recipient needs the information.</source>
        <translation>Skriv formålet med delingen: hvorfor modtageren har brug for oplysningerne.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="60"/>
        <source>Say what was shared: tick a kind of information or describe it.</source>
        <translation>Skriv, hvad der blev delt: sæt kryds ved en slags oplysninger, eller beskriv det.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="63"/>
        <source>The day of sharing lies between the case&apos;s opening and today.</source>
        <translation>Delingen ligger mellem den dag, sagen blev oprettet, og i dag.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="66"/>
        <source>A referral to the Infohus goes to the Infohus.</source>
        <translation>En henvisning til Infohuset går til Infohuset.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="67"/>
        <source>An anonymous source has no name or contact: empty those fields, or untick anonymous.</source>
        <translation>En anonym kilde har hverken navn eller kontakt: tøm de felter, eller fjern krydset ved anonym.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="70"/>
        <source>Write the contact as a phone number (at least 8 digits) or an e-mail address.</source>
        <translation>Skriv kontakten som et telefonnummer (mindst 8 cifre) eller en e-mailadresse.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="73"/>
        <source>The concern is raised on the day the case was opened or before, never in the future.</source>
        <translation>Bekymringen er rejst den dag, sagen blev oprettet, eller før – aldrig i fremtiden.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="76"/>
        <source>Give the Infohus&apos; decision with its day: not before the referral, not in the future.</source>
        <translation>Angiv Infohusets beslutning med dens dato: ikke før henvisningen og ikke i fremtiden.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="80"/>
        <source>Only a referral to the Infohus has an Infohus decision.</source>
        <translation>Kun en henvisning til Infohuset har en beslutning fra Infohuset.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="83"/>
        <source>Only an open case has a review date. Choose today or a later day.</source>
        <translation>Kun en åben sag har en dato for gennemgang. Vælg i dag eller en senere dag.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="86"/>
        <source>The review lies between the case&apos;s opening and today.</source>
        <translation>Gennemgangen ligger mellem den dag, sagen blev oprettet, og i dag.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="89"/>
        <source>Choose how the follow-up went. A follow-up is recorded once.</source>
        <translation>Vælg, hvordan opfølgningen gik. En opfølgning registreres én gang.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="92"/>
        <source>The follow-up lies between the case&apos;s closing and today.</source>
        <translation>Opfølgningen ligger mellem den dag, sagen blev afsluttet, og i dag.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="95"/>
        <source>Write why the review is moved later.</source>
        <translation>Skriv, hvorfor gennemgangen flyttes til senere.</translation>
    </message>
</context>
<context>
    <name>CaseworkDialog</name>
    <message>
        <location filename="../casework_dialog.py" line="206"/>
        <source>Save what you entered?</source>
        <translation>Gem det, du har skrevet?</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="207"/>
        <source>Discard throws away what you entered in this window.</source>
        <translation>Forkast sletter det, du har skrevet i dette vindue.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="212"/>
        <source>When vinkdesk locked, what was being entered in “%1” was not saved. Enter it again.</source>
        <translation>Da vinkdesk låste, blev det, du var ved at skrive i “%1”, ikke gemt. Skriv det igen.</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="310"/>
        <source>&amp;Go back</source>
        <translation>&amp;Gå tilbage</translation>
    </message>
    <message>
        <location filename="../casework_dialog.py" line="311"/>
        <source>Save &amp;anyway</source>
        <translation>Gem &amp;alligevel</translation>
    </message>
</context>
<context>
    <name>ConcernSourceDialog</name>
    <message>
        <location filename="../concern_source.py" line="47"/>
        <source>Who raised the concern – %1</source>
        <translation>Hvem rejste bekymringen – %1</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="51"/>
        <source>The person or body that raised the concern, kept apart from the person it is about. The summary shows only the role and the organisation.</source>
        <translation>Den person eller instans, der rejste bekymringen – holdt adskilt fra den person, bekymringen handler om. Resuméet viser kun rollen og organisationen.</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="56"/>
        <source>The case&apos;s “Referred by”</source>
        <translation>Sagens “Henvendelse fra”</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="57"/>
        <source>A&amp;nonymous: no name and no contact are kept</source>
        <translation>&amp;Anonym: hverken navn eller kontakt gemmes</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="60"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="61"/>
        <source>e.g. the school, the club, the job centre</source>
        <translation>fx skolen, klubben, jobcentret</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="64"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="67"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="68"/>
        <source>Phone or e-mail</source>
        <translation>Telefon eller e-mail</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="69"/>
        <source>Day &amp;known</source>
        <translation>&amp;Dagen er kendt</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="71"/>
        <source>Raised on</source>
        <translation>Rejst den</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="76"/>
        <source>How it was raised</source>
        <translation>Hvordan den blev rejst</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="77"/>
        <source>Not recorded</source>
        <translation>Ikke oplyst</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="84"/>
        <source>Raised by (role):</source>
        <translation>Rejst af (rolle):</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="87"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="91"/>
        <source>N&amp;ame:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="95"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="107"/>
        <source>&amp;Raised on:</source>
        <translation>&amp;Rejst den:</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="116"/>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="142"/>
        <source>Write the contact as a phone number (at least 8 digits) or an e-mail address.</source>
        <translation>Skriv kontakten som et telefonnummer (mindst 8 cifre) eller en e-mailadresse.</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="144"/>
        <source>The day cannot be read. Write it as %1, or untick “Day known”.</source>
        <translation>Datoen kan ikke læses. Skriv den som %1, eller fjern krydset ved “Dagen er kendt”.</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="190"/>
        <source>Save who raised the concern?</source>
        <translation>Gem, hvem der rejste bekymringen?</translation>
    </message>
    <message>
        <location filename="../concern_source.py" line="191"/>
        <source>Discard throws away what you entered in this window.</source>
        <translation>Forkast sletter det, du har skrevet i dette vindue.</translation>
    </message>
</context>
<context>
    <name>ConsultationEditor</name>
    <message>
        <location filename="../consultation_editor.py" line="180"/>
        <source>New consultation</source>
        <translation>Ny samtale</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="180"/>
        <source>Consultation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="76"/>
        <source>Date and time</source>
        <translation>Dato og tid</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="79"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="80"/>
        <source>Who asked</source>
        <translation>Henvendelse fra</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="84"/>
        <source>Organisation of the one who asked</source>
        <translation>Organisation for den, der henvendte sig</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="85"/>
        <source>School, club or office, for example</source>
        <translation>F.eks. skole, klub eller forvaltning</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="88"/>
        <source>Contact: phone number or e-mail address</source>
        <translation>Kontakt: telefonnummer eller e-mailadresse</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="89"/>
        <source>Phone number or e-mail address</source>
        <translation>Telefonnummer eller e-mailadresse</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="94"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="95"/>
        <source>Duration in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="97"/>
        <source>What the consultation was about</source>
        <translation>Hvad samtalen handlede om</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="100"/>
        <source>Advice given</source>
        <translation>Rådgivning givet</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="104"/>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="117"/>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="118"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="122"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="123"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="124"/>
        <source>&amp;Advice given:</source>
        <translation>&amp;Rådgivning givet:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="125"/>
        <source>Ne&amp;xt steps:</source>
        <translation>Næste &amp;skridt:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="147"/>
        <source>This consultation is locked. Saving makes an amendment; the original stays in the history.</source>
        <translation>Samtalen er låst. Når du gemmer, laves en rettelse; originalen bevares i historikken.</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="154"/>
        <source>Restored from an unsaved draft.</source>
        <translation>Gendannet fra din kladde.</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="251"/>
        <source>The draft could not be saved: %1</source>
        <translation>Kladden kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="279"/>
        <source>The contact does not look like a phone number (at least 8 digits) or an e-mail address (name@example.dk). Correct it, or leave the field empty.</source>
        <translation>Kontakten ligner hverken et telefonnummer (mindst 8 cifre) eller en e-mailadresse (navn@eksempel.dk). Ret den, eller lad feltet stå tomt.</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="301"/>
        <source>The date or time cannot be read, or lies in the future. Write the day as %1 and the time as %2.</source>
        <translation>Datoen eller klokkeslættet kan ikke læses eller ligger i fremtiden. Skriv dagen som %1 og klokkeslættet som %2.</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="428"/>
        <source>When vinkdesk locked, the unfinished consultation for case %1 could not be kept, so what was typed after its last saved draft is lost. The reason: %2</source>
        <translation>Da vinkdesk låste, kunne den ufærdige samtale i sag %1 ikke gemmes, så det, der blev skrevet efter den sidst gemte kladde, er tabt. Årsagen: %2</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="256"/>
        <source>Draft saved %1</source>
        <translation>Kladde gemt %1</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="119"/>
        <source>W&amp;ho asked:</source>
        <translation>Hv&amp;em henvendte sig:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="120"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="121"/>
        <source>Con&amp;tact:</source>
        <translation>Kon&amp;takt:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="335"/>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="359"/>
        <source>Save the changes to this consultation?</source>
        <translation>Gem ændringerne i denne samtale?</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="361"/>
        <source>Keep as draft keeps the text inside the vault, to finish later. Discard deletes what you wrote since the last save.</source>
        <translation>Gem som kladde gemmer teksten krypteret sammen med dine notater, så du kan gøre den færdig senere. Forkast sletter det, du har skrevet, siden du sidst gemte.</translation>
    </message>
</context>
<context>
    <name>ConsultationListModel</name>
    <message>
        <location filename="../case_page.py" line="106"/>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="118"/>
        <source>Earlier version (amended)</source>
        <translation>Tidligere version (rettet)</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="120"/>
        <source>amended</source>
        <translation>rettet</translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <location filename="../assessment_wizard.py" line="306"/>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <location filename="../coordinator_window.py" line="57"/>
        <source>not read</source>
        <translation>ikke læst</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="58"/>
        <source>not enrolled</source>
        <translation>ikke tilmeldt</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="59"/>
        <source>retired device</source>
        <translation>udgået computer</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="60"/>
        <source>quarter in the future</source>
        <translation>kvartal i fremtiden</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="61"/>
        <source>temp file</source>
        <translation>midlertidig fil</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="62"/>
        <source>old unsealed files</source>
        <translation>gamle uforseglede filer</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="63"/>
        <source>gap</source>
        <translation>hul</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="64"/>
        <source>rollback</source>
        <translation>tilbagerulning</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="65"/>
        <source>conflict</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="66"/>
        <source>folder refused</source>
        <translation>mappe afvist</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="67"/>
        <source>restored beside its original</source>
        <translation>gendannet ved siden af originalen</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="68"/>
        <source>home older than the share</source>
        <translation>hjemmemappe ældre end fællesmappen</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="77"/>
        <source>Not a valid sealed file (damaged, forged or not written by vinkdesk): not counted.</source>
        <translation>Ikke en gyldig forseglet fil (beskadiget, forfalsket eller ikke skrevet af vinkdesk): ikke talt med.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="81"/>
        <source>From a laptop that is not enrolled: not counted. Enrol it only after its counsellor has read this fingerprint to you.</source>
        <translation>Fra en computer, der ikke er tilmeldt: ikke talt med. Tilmeld den først, når dens rådgiver har læst dette fingeraftryk op for dig.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="87"/>
        <source>From a retired laptop: not counted.</source>
        <translation>Fra en udfaset computer: ikke talt med.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="88"/>
        <source>For a quarter after today: not counted.</source>
        <translation>For et kvartal efter i dag: ikke talt med.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="89"/>
        <source>A temp file: a write in progress, or one that was interrupted. Not counted.</source>
        <translation>En midlertidig fil: en skrivning i gang eller en, der blev afbrudt. Ikke talt med.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="92"/>
        <source>Files of the old unsealed format: never counted, and readable by anyone with access to the share. Ask the share&apos;s administrator to delete them.</source>
        <translation>Filer i det gamle, uforseglede format: tælles aldrig med og kan læses af alle med adgang til fællesmappen. Bed fællesmappens administrator slette dem.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="98"/>
        <source>Files seen before are gone from the share, or none have arrived. Where the coordinator kept a copy, the copy counts.</source>
        <translation>Filer, der er set før, er væk fra fællesmappen, eller der er ikke kommet nogen. Hvor koordinatoren har en kopi, tæller kopien.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="104"/>
        <source>The share holds an older sequence than one seen before (a rollback or a deleted file). The coordinator&apos;s own copy counts.</source>
        <translation>Fællesmappen har et ældre løbenummer end et, der er set før (en tilbagerulning eller en slettet fil). Koordinatorens egen kopi tæller.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="109"/>
        <source>One sequence with two different contents: was this vault copied to a second laptop? Neither is counted; a copy the coordinator accepted earlier still counts.</source>
        <translation>Ét løbenummer med to forskellige indhold: er notaterne kopieret til en anden computer? Ingen af dem tælles med; en kopi, koordinatoren tog imod før, tæller stadig.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="114"/>
        <source>The folder of sealed files was refused (a link, or not a folder). Ask the share&apos;s administrator.</source>
        <translation>Mappen med forseglede filer blev afvist (et link eller ikke en mappe). Spørg fællesmappens administrator.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="119"/>
        <source>A laptop restored from another enrolled laptop&apos;s backup: both would count the same cases, so it is not counted. Enrol it as that laptop&apos;s replacement if it is one.</source>
        <translation>En computer gendannet fra en anden tilmeldt computers sikkerhedskopi: begge ville tælle de samme sager, så den tælles ikke med. Tilmeld den som den andens afløser, hvis den er det.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="124"/>
        <source>Your home is older than a checkpoint it left on the share: it was restored or swapped. Restore its newest backup, or find out who changed it.</source>
        <translation>Din hjemmemappe er ældre end et kontrolpunkt, den har efterladt i fællesmappen: den er gendannet eller byttet ud. Gendan dens nyeste sikkerhedskopi, eller find ud af, hvem der har ændret den.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="131"/>
        <source>computer %1</source>
        <translation>computer %1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="135"/>
        <source>Technical detail: %1</source>
        <translation>Teknisk detalje: %1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="145"/>
        <source>Choose…</source>
        <translation>Vælg …</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <location filename="../coordinator_window.py" line="164"/>
        <source>Coordinator: enrolment and annual report</source>
        <translation>Koordinator: tilmelding og årsrapport</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="167"/>
        <source>The coordinator&apos;s home folder</source>
        <translation>Koordinatorens hjemmemappe</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="168"/>
        <source>A folder on your own disk, never on the share</source>
        <translation>En mappe på din egen disk, aldrig på fællesmappen</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="170"/>
        <location filename="../coordinator_window.py" line="183"/>
        <source>Share folder</source>
        <translation>Fællesmappe</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="173"/>
        <source>The coordinator&apos;s passphrase</source>
        <translation>Koordinatorens kodeord</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="175"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="177"/>
        <source>Create a coordinator &amp;home…</source>
        <translation>Opret en koordinator-&amp;hjemmemappe …</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="181"/>
        <source>Coordinator&apos;s home:</source>
        <translation>Koordinatorens hjemmemappe:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="181"/>
        <source>Coordinator&apos;s home</source>
        <translation>Koordinatorens hjemmemappe</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="183"/>
        <source>Share folder:</source>
        <translation>Fællesmappe:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="184"/>
        <source>Passphrase:</source>
        <translation>Adgangssætning:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="192"/>
        <source>The coordination unit&apos;s name</source>
        <translation>Navnet på koordineringen</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="195"/>
        <source>The passphrase again</source>
        <translation>Kodeordet igen</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="196"/>
        <source>&amp;Create and publish the key</source>
        <translation>&amp;Opret og offentliggør nøglen</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="198"/>
        <source>New coordinator home</source>
        <translation>Ny koordinator-hjemmemappe</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="200"/>
        <source>Unit&apos;s name:</source>
        <translation>Koordineringens navn:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="201"/>
        <source>Passphrase again:</source>
        <translation>Kodeordet igen:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="208"/>
        <source>Fingerprint</source>
        <translation>Fingeraftryk</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="208"/>
        <location filename="../coordinator_window.py" line="219"/>
        <source>Label</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="208"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="213"/>
        <source>Enrolled laptops</source>
        <translation>Tilmeldte computere</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="215"/>
        <source>The laptop&apos;s fingerprint</source>
        <translation>Computerens fingeraftryk</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="220"/>
        <source>e.g. Counsellor 3</source>
        <translation>fx Rådgiver 3</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="222"/>
        <source>Replaces (fingerprint, only for a restored vault)</source>
        <translation>Erstatter (fingeraftryk, kun når notaterne er gendannet fra en sikkerhedskopi)</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="225"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Tilmeld</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="227"/>
        <source>&amp;Retire the chosen laptop</source>
        <translation>Ud&amp;fas den valgte computer</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="230"/>
        <source>Laptop&apos;s fingerprint:</source>
        <translation>Computerens fingeraftryk:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="231"/>
        <source>Label:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="232"/>
        <source>Replaces (restored vault):</source>
        <translation>Erstatter (gendannet kopi):</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="238"/>
        <source>Laptops</source>
        <translation>Computere</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="247"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="249"/>
        <source>Folder for the report</source>
        <translation>Mappe til rapporten</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="253"/>
        <source>Smallest figure shown</source>
        <translation>Mindste tal der vises</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="254"/>
        <source>&amp;Make a draft</source>
        <translation>&amp;Lav et udkast</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="256"/>
        <source>Re&amp;lease the draft…</source>
        <translation>&amp;Udgiv udkastet …</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="450"/>
        <source>Reading the share and auditing what would be published…</source>
        <translation>Læser fællesmappen og reviderer det, der ville blive offentliggjort …</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="479"/>
        <source>(audited together with the earlier releases)</source>
        <translation>(revideret sammen med de tidligere udgivelser)</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="483"/>
        <source>Draft of %1 for %2:</source>
        <translation>Udkast til %1 for %2:</translation>
    </message>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="484"/>
        <source>counted %n laptop-quarter(s)</source>
        <translation>
            <numerusform>%n kvartalsopgørelse talt med</numerusform>
            <numerusform>%n kvartalsopgørelser talt med</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="485"/>
        <source>from %n laptop(s);</source>
        <translation>
            <numerusform>fra %n computer;</numerusform>
            <numerusform>fra %n computere;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="486"/>
        <source>%n finding(s) listed.</source>
        <translation>
            <numerusform>%n fund på listen.</numerusform>
            <numerusform>%n fund på listen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="487"/>
        <source>It would publish %1 of %2 figures (%n hidden).</source>
        <translation>
            <numerusform>Det ville offentliggøre %1 af %2 tal (%n skjult).</numerusform>
            <numerusform>Det ville offentliggøre %1 af %2 tal (%n skjulte).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="490"/>
        <source>The draft is %1 — look at it, then release it.</source>
        <translation>Udkastet ligger i %1 — se det igennem, og udgiv det så.</translation>
    </message>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="495"/>
        <source>Only %n laptop(s) reported: releasing will ask you to accept the risk.</source>
        <translation>
            <numerusform>Kun %n computer har indberettet: når du udgiver, bliver du bedt om at acceptere risikoen.</numerusform>
            <numerusform>Kun %n computere har indberettet: når du udgiver, bliver du bedt om at acceptere risikoen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="523"/>
        <source>Only %n laptop(s) reported this year. With fewer than three, each counsellor&apos;s own caseload stands out in the figures: a reader who knows who reported can read them as that counsellor&apos;s cases. Release only if the unit accepts that risk.</source>
        <translation>
            <numerusform>Kun %n computer har indberettet i år. Med færre end tre træder hver rådgivers egne sager frem i tallene: en læser, der ved, hvem der har indberettet, kan læse dem som den rådgivers sager. Udgiv kun, hvis VINK accepterer den risiko.</numerusform>
            <numerusform>Kun %n computere har indberettet i år. Med færre end tre træder hver rådgivers egne sager frem i tallene: en læser, der ved, hvem der har indberettet, kan læse dem som den rådgivers sager. Udgiv kun, hvis VINK accepterer den risiko.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="572"/>
        <source>release 1</source>
        <translation>udgivelse 1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="510"/>
        <source>Make a draft first and look at it.</source>
        <translation>Lav først et udkast, og se det igennem.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="514"/>
        <source>Publish the draft as %1 of %2? It is kept in the coordinator&apos;s archive; any later change to %2 becomes a revision, audited together with it.</source>
        <translation>Offentliggør udkastet som %1 for %2? Det gemmes i koordinatorens arkiv; enhver senere ændring af %2 bliver en revision, som revideres sammen med det.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="572"/>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="531"/>
        <location filename="../coordinator_window.py" line="536"/>
        <source>Release</source>
        <translation>Udgiv</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="536"/>
        <source>Release anyway</source>
        <translation>Udgiv alligevel</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="538"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="542"/>
        <source>Nothing was released.</source>
        <translation>Intet blev udgivet.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="562"/>
        <source>Released %1 of %2 on %3 and kept in the archive. Wrote %4 and %5.</source>
        <translation>Udgivet: %1 for %2, den %3, og gemt i arkivet. Skrev %4 og %5.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="261"/>
        <source>Files not counted, and why</source>
        <translation>Filer der ikke blev talt med, og hvorfor</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="263"/>
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="265"/>
        <source>Write the report to:</source>
        <translation>Skriv rapporten til:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="265"/>
        <source>Report folder</source>
        <translation>Rapportmappe</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="267"/>
        <source>Hide figures below:</source>
        <translation>Skjul tal under:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="273"/>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="283"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="309"/>
        <source>Give the coordinator&apos;s home folder and passphrase.</source>
        <translation>Angiv koordinatorens hjemmemappe og kodeord.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="311"/>
        <source>Opening…</source>
        <translation>Åbner …</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="329"/>
        <source>Give the coordinator&apos;s home folder and the share folder.</source>
        <translation>Angiv koordinatorens hjemmemappe og fællesmappen.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="332"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>De to kodeord er forskellige; intet blev oprettet.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="334"/>
        <source>Creating…</source>
        <translation>Opretter …</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="349"/>
        <source>Created. Read your fingerprint %1 out to each counsellor. Your recovery code, shown only now: %2 — write it down and keep it locked away.</source>
        <translation>Oprettet. Læs dit fingeraftryk %1 op for hver rådgiver. Din gendannelseskode, som kun vises nu: %2 — skriv den ned og opbevar den under lås.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="368"/>
        <source>Opened.</source>
        <translation>Åbnet.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="383"/>
        <source>Your fingerprint (read it to each counsellor): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dit fingeraftryk (læs det op for hver rådgiver): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="391"/>
        <source>replaced by %1</source>
        <translation>erstattet af %1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="393"/>
        <source>retired %1</source>
        <translation>udgået %1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="395"/>
        <source>enrolled %1</source>
        <translation>tilmeldt %1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="410"/>
        <source>Enrolled %1 as %2.</source>
        <translation>%1 er tilmeldt som %2.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="421"/>
        <source>Choose the laptop to retire in the list first.</source>
        <translation>Vælg først den computer, der skal udfases, i listen.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="431"/>
        <source>Retired %1: what it sent before still counts, nothing new from it is taken.</source>
        <translation>%1 er udfaset: det, den sendte før, tæller stadig med; intet nyt fra den tages imod.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="475"/>
        <source>Every file on the share was counted.</source>
        <translation>Alle filer i fællesmappen blev talt med.</translation>
    </message>
</context>
<context>
    <name>CopyKeys</name>
    <message>
        <location filename="../system/clipboard.py" line="217"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location filename="../system/clipboard.py" line="221"/>
        <source>Select &amp;all</source>
        <translation>Markér &amp;alt</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../dialogs.py" line="181"/>
        <source>vinkdesk is hidden. Press %1 to show it again.</source>
        <translation>vinkdesk er skjult. Tryk %1 for at vise det igen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../dates.py" line="268"/>
        <source>Choose the day in a calendar (Alt+↓)</source>
        <translation>Vælg dagen i en kalender (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../dates.py" line="269"/>
        <source>dd/mm/yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../dates.py" line="329"/>
        <source>%1 cannot be chosen here: choose a day from %2 to %3. The field keeps %4.</source>
        <translation>%1 kan ikke vælges her: vælg en dag fra %2 til %3. Feltet beholder %4.</translation>
    </message>
    <message>
        <location filename="../dates.py" line="340"/>
        <source>“%1” is not a date. Write it as %2 or %3. The field keeps %4.</source>
        <translation>“%1” er ikke en dato. Skriv den som %2 eller %3. Feltet beholder %4.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../dates.py" line="479"/>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <location filename="../dates.py" line="480"/>
        <source>time of day</source>
        <translation>klokkeslæt</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../controller.py" line="105"/>
        <source>Vault on a network drive</source>
        <translation>Dine notater ligger på et netværksdrev</translation>
    </message>
    <message>
        <location filename="../controller.py" line="193"/>
        <source>Not everything was kept when vinkdesk locked</source>
        <translation>Ikke alt blev gemt, da vinkdesk låste</translation>
    </message>
    <message>
        <location filename="../controller.py" line="399"/>
        <source>Auto-lock</source>
        <translation>Automatisk lås</translation>
    </message>
    <message>
        <location filename="../controller.py" line="400"/>
        <source>Lock vinkdesk after this many idle minutes:</source>
        <translation>Lås vinkdesk efter så mange minutter uden aktivitet:</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../disclosures.py" line="193"/>
        <source>Record sharing – %1</source>
        <translation>Registrér deling – %1</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="196"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="200"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="202"/>
        <source>Recipient agency</source>
        <translation>Modtagende myndighed</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="205"/>
        <source>Choose the recipient…</source>
        <translation>Vælg modtager …</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="209"/>
        <source>Recipient&apos;s role</source>
        <translation>Modtagerens rolle</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="210"/>
        <source>e.g. SSP consultant, caseworker</source>
        <translation>fx SSP-konsulent, sagsbehandler</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="220"/>
        <source>What was shared, in your words</source>
        <translation>Hvad blev delt, med dine ord</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="221"/>
        <source>What was shared, in your words (optional)</source>
        <translation>Hvad blev delt, med dine ord (valgfrit)</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="223"/>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="226"/>
        <source>Choose the legal basis…</source>
        <translation>Vælg hjemmel …</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="234"/>
        <source>The legal basis written out</source>
        <translation>Hjemlen skrevet ud</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="235"/>
        <source>The act and section, and why it applies</source>
        <translation>Loven og paragraffen, og hvorfor den gælder</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="236"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="237"/>
        <source>Why the recipient needs the information</source>
        <translation>Hvorfor modtageren har brug for oplysningerne</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="239"/>
        <source>The citizen&apos;s wish for a course</source>
        <translation>Borgerens ønske om et forløb</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="251"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="253"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="256"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Modtager:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="259"/>
        <source>Their r&amp;ole:</source>
        <translation>Modtagerens &amp;rolle:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="270"/>
        <source>What was &amp;shared:</source>
        <translation>&amp;Hvad blev delt:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="273"/>
        <source>Legal &amp;basis:</source>
        <translation>Hjemme&amp;l:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="277"/>
        <source>Basis wri&amp;tten out:</source>
        <translation>Hjemmel &amp;skrevet ud:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="284"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="287"/>
        <source>&amp;Wish for a course:</source>
        <translation>Ønsk&amp;e om forløb:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="246"/>
        <source>Ask the citizen: the Infohus offers an individual course only if the citizen wants it. Never assumed.</source>
        <translation>Spørg borgeren: Infohuset tilbyder kun et individuelt forløb, hvis borgeren ønsker det. Det antages aldrig.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="353"/>
        <source>The day cannot be read. Write it as %1.</source>
        <translation>Datoen kan ikke læses. Skriv den som %1.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="357"/>
        <source>Choose who received the information.</source>
        <translation>Vælg, hvem der modtog oplysningerne.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="363"/>
        <source>Say what was shared: tick a kind of information or describe it.</source>
        <translation>Skriv, hvad der blev delt: sæt kryds ved en slags oplysninger, eller beskriv det.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="366"/>
        <source>Choose the legal basis for sharing: nothing is shared without one.</source>
        <translation>Vælg hjemlen for delingen: Intet deles uden hjemmel.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="373"/>
        <source>Write the legal basis out: the act and section, and why it applies.</source>
        <translation>Skriv hjemlen ud: loven og paragraffen, og hvorfor den gælder her.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="375"/>
        <source>Write the purpose of sharing: why the recipient needs the information.</source>
        <translation>Skriv formålet med delingen: hvorfor modtageren har brug for oplysningerne.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="393"/>
        <source>“%1” does not fit the recipient “%2”.</source>
        <translation>“%1” passer ikke til modtageren “%2”.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="397"/>
        <source>A notification goes to the municipality: to its social services, or to the municipality the child has moved to. Go back to choose another recipient or legal basis, or save anyway if this is right.</source>
        <translation>En underretning går til kommunen: til socialforvaltningen eller til den kommune, barnet er flyttet til. Gå tilbage for at vælge en anden modtager eller hjemmel, eller gem alligevel, hvis det er rigtigt.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="427"/>
        <source>Save this sharing?</source>
        <translation>Gem denne deling?</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="428"/>
        <source>Discard throws away what you entered in this window.</source>
        <translation>Forkast sletter det, du har skrevet i dette vindue.</translation>
    </message>
</context>
<context>
    <name>DisclosureTableModel</name>
    <message>
        <location filename="../disclosures.py" line="103"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="104"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="105"/>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="106"/>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="107"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="132"/>
        <source>awaiting decision</source>
        <translation>afventer beslutning</translation>
    </message>
</context>
<context>
    <name>Disclosures</name>
    <message>
        <location filename="../disclosures.py" line="154"/>
        <source>Not recorded (recorded before the sharing log)</source>
        <translation>Ikke registreret (registreret før delingsloggen)</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="156"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="157"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="158"/>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="159"/>
        <source>What was shared</source>
        <translation>Hvad blev delt</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="161"/>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="164"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="171"/>
        <source>Not decided yet</source>
        <translation>Ikke besluttet endnu</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="173"/>
        <source>The Infohus&apos; decision</source>
        <translation>Infohusets beslutning</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="176"/>
        <source>The citizen&apos;s wish for a course</source>
        <translation>Borgerens ønske om et forløb</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>&amp;Continue writing</source>
        <translation>Forts&amp;æt med at skrive</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146"/>
        <source>&amp;Discard draft</source>
        <translation>Kassér kla&amp;dden</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160"/>
        <source>An unsaved action for case %1 was kept when vinkdesk locked. Continue writing it?</source>
        <translation>En handling til sag %1, der ikke var gemt, blev gemt som kladde, da vinkdesk låste. Vil du skrive videre på den?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>An unsaved consultation for case %1 was kept when vinkdesk locked. Continue writing it?</source>
        <translation>En samtale til sag %1, der ikke var gemt, blev bevaret, da vinkdesk låste. Vil du skrive videre på den?</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../main_window.py" line="90"/>
        <source>Find a case</source>
        <translation>Find en sag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>Type its ref or the person&apos;s alias in the find field (Ctrl+K); ↓ or Enter takes you into the list.</source>
        <translation>Skriv sagsnummeret eller personens alias i søgefeltet (Ctrl+K); ↓ eller Enter fører dig ned i listen.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>Search what was written</source>
        <translation>Søg i det skrevne</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>Search the text of every consultation (Ctrl+F); Enter on a hit opens it.</source>
        <translation>Søg i teksten i alle samtaler (Ctrl+F); Enter på et fund åbner det.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="105"/>
        <source>Open a new case</source>
        <translation>Opret en ny sag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>New case (Ctrl+N). In an open case, Ctrl+Shift+N starts a consultation.</source>
        <translation>Ny sag (Ctrl+N). I en åben sag starter Ctrl+Shift+N en samtale.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>Leaving the computer?</source>
        <translation>Går du fra computeren?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>Lock with Ctrl+L; F12 hides the screen at once. F1 lists every shortcut.</source>
        <translation>Lås med Ctrl+L; F12 skjuler skærmen med det samme. F1 viser alle genveje.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>No case chosen</source>
        <translation>Ingen sag valgt</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="46"/>
        <source>Nothing was saved there: the file would land in the vault&apos;s own folder, on one of vinkdesk&apos;s own files, or on something that is not a plain file. Choose another folder or file name.</source>
        <translation>Intet blev gemt der: filen ville lande i vinkdesks egen mappe til dine notater, på en af vinkdesks egne filer eller på noget, der ikke er en almindelig fil. Vælg en anden mappe eller et andet filnavn.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="61"/>
        <source>This cannot be saved as it is: check what you entered.</source>
        <translation>Det kan ikke gemmes, som det er: tjek det, du har skrevet.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="67"/>
        <source>Your role does not allow this. Nothing was changed.</source>
        <translation>Din rolle giver ikke lov til dette. Intet er ændret.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="72"/>
        <source>This is no longer in the vault (it may have been deleted). Nothing was changed.</source>
        <translation>Det findes ikke længere i dine notater (det kan være slettet). Intet er ændret.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="78"/>
        <source>That passphrase does not open this vault.</source>
        <translation>Adgangssætningen er forkert.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="81"/>
        <source>The vault&apos;s database is damaged or belongs to another vault. Nothing was changed: restore the vault from your latest backup.</source>
        <translation>Filen med dine notater er beskadiget eller hører til en anden installation. Intet er ændret: genskab dine notater fra din seneste sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="89"/>
        <source>The vault&apos;s key file is missing, damaged or altered. Restore vault.keys from your backup.</source>
        <translation>Nøglefilen til dine notater mangler, er beskadiget eller ændret. Genskab vault.keys fra din sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="96"/>
        <source>This vault was last used by a newer vinkdesk. Update vinkdesk to open it.</source>
        <translation>Dine notater er senest brugt af en nyere vinkdesk. Opdatér vinkdesk for at åbne dem.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="102"/>
        <source>vinkdesk cannot write in the vault&apos;s folder. Choose a folder you can write in.</source>
        <translation>vinkdesk kan ikke skrive i mappen med dine notater. Vælg en mappe, du kan skrive i.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="108"/>
        <source>The passphrase is too short: use at least 10 characters.</source>
        <translation>Adgangssætningen er for kort: brug mindst 10 tegn.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="110"/>
        <source>That change to the passphrases was refused.</source>
        <translation>Den ændring af adgangssætningerne blev afvist.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="111"/>
        <source>The backup could not be used.</source>
        <translation>Sikkerhedskopien kunne ikke bruges.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="112"/>
        <source>The vault is locked. Unlock it again.</source>
        <translation>Dine notater er låst. Lås op igen.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="121"/>
        <source>The assessment form this needs cannot be read; it may belong to a newer vinkdesk. Update vinkdesk, or ask whoever supports it.</source>
        <translation>Vurderingsskemaet, der skal bruges, kan ikke læses; det kan høre til en nyere vinkdesk. Opdatér vinkdesk, eller spørg den, der supporterer det.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="129"/>
        <source>The vault refused this. Nothing was changed.</source>
        <translation>vinkdesk afviste dette. Intet er ændret.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="134"/>
        <source>The folder could not be used: %1</source>
        <translation>Mappen kunne ikke bruges: %1</translation>
    </message>
    <message>
        <location filename="../errors.py" line="137"/>
        <source>Something unexpected stopped this (%1). Nothing was changed.</source>
        <translation>Noget uventet stoppede dette (%1). Intet er ændret.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="176"/>
        <source>Nothing was sent: confirm the coordinator first. The key on the share has the fingerprint %1; compare it with the one the coordinator reads out to you, and type it under Coordinator.</source>
        <translation>Intet blev sendt: bekræft først koordinatoren. Nøglen i fællesmappen har fingeraftrykket %1; sammenlign det med det, koordinatoren læser op for dig, og skriv det under Tilmelding.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="183"/>
        <source>The fingerprint you typed (%1) is not that of the coordinator&apos;s key on the share (%2). Nothing was sent and nothing was trusted: call the coordinator and compare again.</source>
        <translation>Det fingeraftryk, du skrev (%1), er ikke fingeraftrykket af koordinatorens nøgle i fællesmappen (%2). Intet blev sendt, og intet blev godkendt: ring til koordinatoren og sammenlign igen.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="194"/>
        <source>The coordinator&apos;s key on the share has changed: this laptop trusts %1, the share now holds %2. Nothing was sent. Call the coordinator: if they did not replace their key, someone else put this one there.</source>
        <translation>Koordinatorens nøgle i fællesmappen er ændret: denne computer stoler på %1, fællesmappen har nu %2. Intet blev sendt. Ring til koordinatoren: hvis de ikke har skiftet nøgle, har en anden lagt denne der.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="206"/>
        <source>The coordinator&apos;s key on the share cannot be used. Nothing was sent; tell the coordinator.</source>
        <translation>Koordinatorens nøgle i fællesmappen kan ikke bruges. Intet blev sendt; sig det til koordinatoren.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="214"/>
        <source>The share folder cannot be reached, written or trusted; the quarters stay pending and are tried again later.</source>
        <translation>Fællesmappen kan ikke nås, skrives i eller stoles på; kvartalerne afventer og prøves igen senere.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="224"/>
        <source>Nothing for this year can be published now: no choice of hidden figures keeps every small figure and every change from being worked out. Wait for more laptops to report, or ask for advice before publishing this year.</source>
        <translation>Intet for dette år kan offentliggøres nu: intet valg af skjulte tal forhindrer, at små tal eller ændringer kan regnes ud. Vent på, at flere computere indberetter, eller søg råd, før året offentliggøres.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="233"/>
        <source>The coordinator&apos;s home refused this.</source>
        <translation>Koordinatorens hjemmemappe afviste dette.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="269"/>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <location filename="../errors.py" line="270"/>
        <source>vinkdesk met an unexpected error (%1) and stopped what it was doing. What you saved before is safe. If it happens again, tell whoever supports vinkdesk; the file %2 says where it happened, without any case data.</source>
        <translation>vinkdesk mødte en uventet fejl (%1) og stoppede det, det var i gang med. Det, du har gemt, er i sikkerhed. Sker det igen, så fortæl det til den, der supporterer vinkdesk; filen %2 fortæller, hvor det skete, uden sagsoplysninger.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="45"/>
        <source>Welcome to vinkdesk</source>
        <translation>Velkommen til vinkdesk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="50"/>
        <source>vinkdesk keeps your case notes encrypted on this computer. Choose a passphrase that only you know: a few unrelated words in a row are easy to remember and hard to guess.</source>
        <translation>vinkdesk gemmer dine sagsnotater krypteret på denne computer. Vælg en adgangssætning, som kun du kender: nogle få ord, der ikke hænger sammen, er lette at huske og svære at gætte.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="57"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="60"/>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="63"/>
        <source>Repeat passphrase</source>
        <translation>Gentag adgangssætningen</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="68"/>
        <source>Passphrase strength</source>
        <translation>Adgangssætningens styrke</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="80"/>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="81"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="84"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="88"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="93"/>
        <source>&amp;Annual report (coordinator)…</source>
        <translation>Å&amp;rsrapport (koordinator) …</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="123"/>
        <source>Type your name: it shows in the audit log, never on a case.</source>
        <translation>Skriv dit navn. Det bruges i adgangsloggen og vises aldrig på en sag.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="128"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Adgangssætningen skal have mindst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="135"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>De to adgangssætninger er forskellige. Skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="139"/>
        <source>Creating the vault and tuning the encryption to this computer…</source>
        <translation>Opretter dine notater og tilpasser krypteringen til denne computer …</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../follow_up.py" line="40"/>
        <source>Record follow-up – %1</source>
        <translation>Registrér opfølgning – %1</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="45"/>
        <source>closed %1, due %2</source>
        <translation>afsluttet %1, frist %2</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="61"/>
        <source>The case will be reopened on that day, and its review date set from its level.</source>
        <translation>Sagen bliver genåbnet den dag, og dens dato for gennemgang sættes ud fra niveauet.</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="63"/>
        <source>The case is open already; the follow-up is recorded with it.</source>
        <translation>Sagen er allerede åben; opfølgningen registreres på den.</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="74"/>
        <source>Followed up on</source>
        <translation>Fulgt op den</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="75"/>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="76"/>
        <source>What happened, in a few words (optional)</source>
        <translation>Hvad der skete, med få ord (valgfrit)</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="78"/>
        <source>&amp;How did it go?</source>
        <translation>&amp;Hvordan gik det?</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="82"/>
        <source>Followed up &amp;on:</source>
        <translation>Fulgt op &amp;den:</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="85"/>
        <source>What ha&amp;ppened:</source>
        <translation>Hvad &amp;skete der:</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="104"/>
        <source>Choose how the follow-up went.</source>
        <translation>Vælg, hvordan opfølgningen gik.</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="106"/>
        <source>The day cannot be read. Write it as %1.</source>
        <translation>Datoen kan ikke læses. Skriv den som %1.</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="138"/>
        <source>Reopen case %1?</source>
        <translation>Genåbn sag %1?</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="141"/>
        <source>The concern has returned: the case is reopened on %1 and counts as active again. The follow-up keeps the link.</source>
        <translation>Bekymringen er vendt tilbage: Sagen genåbnes den %1 og tæller som aktiv igen. Opfølgningen bevarer forbindelsen.</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="145"/>
        <source>&amp;Reopen case</source>
        <translation>&amp;Genåbn sag</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="156"/>
        <source>Save this follow-up?</source>
        <translation>Gem denne opfølgning?</translation>
    </message>
    <message>
        <location filename="../follow_up.py" line="157"/>
        <source>Discard throws away what you entered in this window.</source>
        <translation>Forkast sletter det, du har skrevet i dette vindue.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../forms.py" line="48"/>
        <source>Give an alias (never the real name), or a name for the group that identifies no one.</source>
        <translation>Angiv et alias (aldrig det rigtige navn) eller et navn på gruppen, som ikke identificerer nogen.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="51"/>
        <source>Enter a birth year between 1920 and this year, or choose &apos;anonymous person&apos;.</source>
        <translation>Angiv et fødselsår mellem 1920 og i år, eller vælg &apos;anonym person&apos;.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="54"/>
        <source>Choose an age band (or &apos;unknown&apos;).</source>
        <translation>Vælg en aldersgruppe (eller &apos;ukendt&apos;).</translation>
    </message>
    <message>
        <location filename="../forms.py" line="55"/>
        <source>A case cannot be opened on a future date.</source>
        <translation>En sag kan ikke oprettes på en fremtidig dato.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="56"/>
        <source>A case closes on a day from its opening or its last consultation up to today. Choose that day.</source>
        <translation>En sag afsluttes på en dag fra oprettelsen eller den seneste samtale og frem til i dag. Vælg den dag.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="60"/>
        <source>A case is reopened on a day from its closing up to today. Choose that day.</source>
        <translation>En sag genåbnes på en dag fra afslutningen og frem til i dag. Vælg den dag.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="63"/>
        <source>The case has changed meanwhile (closed or reopened already). Look at it again.</source>
        <translation>Sagen er ændret imens (allerede afsluttet eller genåbnet). Se på den igen.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="66"/>
        <source>Write a phone number (at least 8 digits) or an e-mail address, or leave the contact empty.</source>
        <translation>Skriv et telefonnummer (mindst 8 cifre) eller en e-mailadresse, eller lad kontakten stå tom.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="70"/>
        <source>Shorten the organisation&apos;s name to at most %1 characters.</source>
        <translation>Forkort organisationens navn til højst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Write what the consultation was about before saving.</source>
        <translation>Skriv, hvad samtalen handlede om, før du gemmer.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="74"/>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>Varigheden skal være mellem 0 og 1440 minutter.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="77"/>
        <source>A consultation cannot lie in the future.</source>
        <translation>En samtale kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="78"/>
        <source>Describe the action.</source>
        <translation>Beskriv handlingen.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="79"/>
        <source>A receipt can only be recorded for a notification that was sent, and not dated before it was sent. Choose the day the municipality confirmed it.</source>
        <translation>En kvittering kan kun registreres for en underretning, der er sendt, og ikke dateres før afsendelsen. Vælg den dag, kommunen bekræftede modtagelsen.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="84"/>
        <source>This version has already been amended; open the latest version.</source>
        <translation>Denne version er allerede rettet; åbn den nyeste version.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="87"/>
        <source>The notes, advice and next steps may hold at most %1 characters together. Shorten the text, or write the rest as a second consultation.</source>
        <translation>Notat, rådgivning givet og næste skridt må tilsammen højst fylde %1 tegn. Gør teksten kortere, eller skriv resten som en ny samtale.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="92"/>
        <source>A search may have at most %1 characters and %2 words. Search for a few telling words.</source>
        <translation>En søgning må højst have %1 tegn og %2 ord. Søg på få ord, der siger mest.</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <location filename="../assessment_wizard.py" line="367"/>
        <source>1–4 or ← → set the rating (%1); ↑ ↓ go to the previous or next factor, Tab to its evidence. A factor you do not rate stays unknown. F1 lists every key.</source>
        <translation>1–4 eller ← → sætter vurderingen (%1); ↑ ↓ går til forrige eller næste faktor, Tab til grundlaget. En faktor, du ikke vurderer, forbliver ukendt. F1 viser alle taster.</translation>
    </message>
</context>
<context>
    <name>InfohusOutcomeDialog</name>
    <message>
        <location filename="../disclosures.py" line="443"/>
        <source>The Infohus&apos; decision – %1</source>
        <translation>Infohusets beslutning – %1</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="447"/>
        <source>Referral to the Infohus on %1. Record what the Infohus decided, and on which day.</source>
        <translation>Henvisning til Infohuset den %1. Registrér, hvad Infohuset besluttede, og hvilken dag.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="451"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="452"/>
        <source>Not decided yet</source>
        <translation>Ikke besluttet endnu</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="458"/>
        <source>Decided on</source>
        <translation>Besluttet den</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="460"/>
        <source>The citizen&apos;s wish for a course</source>
        <translation>Borgerens ønske om et forløb</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="467"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslutning:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="471"/>
        <source>D&amp;ecided on:</source>
        <translation>Besluttet &amp;den:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="477"/>
        <source>&amp;Wish for a course:</source>
        <translation>Ønsk&amp;e om forløb:</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="482"/>
        <source>What the citizen has said. An individual course is offered only if they want it.</source>
        <translation>Det, borgeren selv har sagt. Et individuelt forløb tilbydes kun, hvis borgeren ønsker det.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="505"/>
        <source>The day cannot be read. Write it as %1.</source>
        <translation>Datoen kan ikke læses. Skriv den som %1.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="517"/>
        <source>An individual course is offered only if the citizen wants it.</source>
        <translation>Et individuelt forløb tilbydes kun, hvis borgeren ønsker det.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="519"/>
        <source>The citizen&apos;s wish is recorded as “%1”. Go back to record what the citizen has said, or save anyway if this is right.</source>
        <translation>Borgerens ønske er registreret som “%1”. Gå tilbage for at registrere, hvad borgeren har sagt, eller gem alligevel, hvis det er rigtigt.</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="550"/>
        <source>Save the Infohus&apos; decision?</source>
        <translation>Gem Infohusets beslutning?</translation>
    </message>
    <message>
        <location filename="../disclosures.py" line="551"/>
        <source>Discard throws away what you entered in this window.</source>
        <translation>Forkast sletter det, du har skrevet i dette vindue.</translation>
    </message>
</context>
<context>
    <name>KeysPresenter</name>
    <message>
        <location filename="../presenters/keys.py" line="41"/>
        <source>Passphrase changed</source>
        <translation>Adgangssætningen er skiftet</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="42"/>
        <source>Your new passphrase opens the vault from now on; the old one no longer does.</source>
        <translation>Fra nu af åbner din nye adgangssætning dine notater; den gamle gør ikke længere.</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="55"/>
        <source>Your new passphrase opens the vault from now on, and the recovery code you used no longer does. This is your new recovery code:</source>
        <translation>Fra nu af åbner din nye adgangssætning dine notater, og gendannelseskoden, du brugte, virker ikke længere. Dette er din nye gendannelseskode:</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="63"/>
        <source>Choose a new passphrase soon: Settings → Change passphrase…</source>
        <translation>Vælg snart en ny adgangssætning: Indstillinger → Skift adgangssætning …</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="73"/>
        <location filename="../presenters/keys.py" line="88"/>
        <source>New recovery code</source>
        <translation>Ny gendannelseskode</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="75"/>
        <source>A new recovery code replaces the old one, which stops working at once. Make sure you can print, save or write down the new code now.</source>
        <translation>En ny gendannelseskode erstatter den gamle, som holder op med at virke med det samme. Sørg for, at du kan udskrive, gemme eller skrive den nye kode ned nu.</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="78"/>
        <source>&amp;Make a new code</source>
        <translation>&amp;Lav en ny kode</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="84"/>
        <source>Making a new recovery code…</source>
        <translation>Laver en ny gendannelseskode …</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="131"/>
        <source>%1 can now open the vault.</source>
        <translation>%1 kan nu åbne dine notater.</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="141"/>
        <source>Remove a supervisor</source>
        <translation>Fjern en leder</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="143"/>
        <source>%1 will no longer open this vault. The vault is re-encrypted under a new key, which takes a moment; their passphrase and every old copy of the key file stop working.</source>
        <translation>%1 kan ikke længere åbne dine notater. Dine notater krypteres igen med en ny nøgle, hvilket tager et øjeblik; lederens adgangssætning og enhver gammel kopi af nøglefilen holder op med at virke.</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="146"/>
        <source>&amp;Remove and re-encrypt</source>
        <translation>&amp;Fjern og krypter igen</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="152"/>
        <source>Removing %1</source>
        <translation>Fjerner %1</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="153"/>
        <location filename="../presenters/keys.py" line="187"/>
        <source>Re-encrypting the vault under a new key…</source>
        <translation>Krypterer dine notater igen med en ny nøgle …</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="160"/>
        <source>%1 was removed; the vault now has a new key.</source>
        <translation>%1 er fjernet; dine notater har nu en ny nøgle.</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="174"/>
        <source>Replace the vault&apos;s key</source>
        <translation>Udskift nøglen til dine notater</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="176"/>
        <source>The vault is re-encrypted under a new key; your passphrase, your recovery code and the supervisors&apos; passphrases keep working, but no old copy of the key file (in a backup, say) opens the vault from now on. It takes a moment.</source>
        <translation>Dine notater krypteres igen med en ny nøgle; din adgangssætning, din gendannelseskode og ledernes adgangssætninger virker fortsat, men ingen gammel kopi af nøglefilen (fx i en sikkerhedskopi) åbner dine notater herefter. Det tager et øjeblik.</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="180"/>
        <source>&amp;Replace the key</source>
        <translation>&amp;Udskift nøglen</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="186"/>
        <source>Replacing the vault&apos;s key</source>
        <translation>Udskifter nøglen til dine notater</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="194"/>
        <source>Key replaced</source>
        <translation>Nøglen er udskiftet</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="195"/>
        <source>The vault now has a new key; old copies of the key file no longer open it.</source>
        <translation>Dine notater har nu en ny nøgle; gamle kopier af nøglefilen åbner dem ikke længere.</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="214"/>
        <source>Restored from an older backup</source>
        <translation>Gendannet fra en ældre sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="222"/>
        <source>&amp;Supervisors…</source>
        <translation>&amp;Ledere …</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="224"/>
        <source>&amp;Replace the key…</source>
        <translation>&amp;Udskift nøglen …</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="225"/>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
</context>
<context>
    <name>Leaving</name>
    <message>
        <location filename="../leaving.py" line="41"/>
        <source>&amp;Keep as draft</source>
        <translation>Gem som &amp;kladde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="229"/>
        <location filename="../main_window.py" line="284"/>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233"/>
        <source>Status filter</source>
        <translation>Filtrér på status</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="234"/>
        <source>Open cases</source>
        <translation>Åbne sager</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>Closed cases</source>
        <translation>Afsluttede sager</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>All cases</source>
        <translation>Alle sager</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>Level filter</source>
        <translation>Filtrér på niveau</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>All levels</source>
        <translation>Alle niveauer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>District filter</source>
        <translation>Filtrér på bydel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>All districts</source>
        <translation>Alle bydele</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>&amp;Mine only</source>
        <translation>Kun &amp;mine</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>Find by ref or alias…</source>
        <translation>Find på sagsnr. eller alias …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>Find by ref or alias</source>
        <translation>Find på sagsnr. eller alias</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="292"/>
        <location filename="../main_window.py" line="551"/>
        <source>Search in consultations</source>
        <translation>Søg i samtaler</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="267"/>
        <source>New cas&amp;e</source>
        <translation>N&amp;y sag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>Overdue reviews onl&amp;y</source>
        <translation>Gennemgang ove&amp;rskredet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>Only the open cases whose review date has passed</source>
        <translation>Kun de åbne sager, hvis dato for gennemgang er overskredet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>counsellor</source>
        <translation>rådgiver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>supervisor</source>
        <translation>leder</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Logget ind som %1 (%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319"/>
        <source>Working</source>
        <translation>Arbejder</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="353"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="355"/>
        <source>&amp;New case…</source>
        <translation>&amp;Ny sag …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="360"/>
        <source>New &amp;consultation…</source>
        <translation>Ny sa&amp;mtale …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="365"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Lås nu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="368"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="371"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="372"/>
        <source>&amp;Hide screen</source>
        <translation>&amp;Skjul skærmen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375"/>
        <source>&amp;Search in consultations</source>
        <translation>S&amp;øg i samtaler</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="378"/>
        <source>&amp;Find case</source>
        <translation>&amp;Find sag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="381"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="384"/>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="385"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="389"/>
        <source>&amp;Auto-lock after…</source>
        <translation>&amp;Automatisk lås efter …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="397"/>
        <source>&amp;Change passphrase…</source>
        <translation>S&amp;kift adgangssætning …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>New &amp;recovery code…</source>
        <translation>Ny &amp;gendannelseskode …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="401"/>
        <source>&amp;Supervisors…</source>
        <translation>&amp;Ledere …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="402"/>
        <source>Replace the vault&apos;s &amp;key…</source>
        <translation>Udskift &amp;nøglen til dine notater …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="403"/>
        <source>Re&amp;tention and lock periods…</source>
        <translation>&amp;Opbevarings- og låseperioder …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="404"/>
        <source>&amp;Unit details…</source>
        <translation>&amp;Enhedens oplysninger …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="410"/>
        <source>&amp;Tools</source>
        <translation>Vær&amp;ktøjer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="412"/>
        <source>&amp;Sync anonymised counts…</source>
        <translation>&amp;Synkronisér anonymiserede tal …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="415"/>
        <source>&amp;Annual report (coordinator)…</source>
        <translation>Å&amp;rsrapport (koordinator) …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="419"/>
        <source>&amp;Review queue…</source>
        <translation>&amp;Til godkendelse …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="420"/>
        <source>Returned to &amp;me…</source>
        <translation>Sendt tilbage til &amp;mig …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="421"/>
        <source>Audit &amp;log…</source>
        <translation>Adgangs&amp;log …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="422"/>
        <source>&amp;Delete after the retention period…</source>
        <translation>Slet efter &amp;opbevaringsperioden …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="429"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="434"/>
        <source>Hide &amp;windows from screen sharing</source>
        <translation>Skjul &amp;vinduerne ved skærmdeling</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439"/>
        <source>Teams, Zoom and screenshots leave vinkdesk&apos;s windows out while this is on.</source>
        <translation>Teams, Zoom og skærmbilleder udelader vinkdesks vinduer, så længe dette er slået til.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="442"/>
        <source>Hide &amp;windows from screen sharing (not possible on Linux)</source>
        <translation>Skjul &amp;vinduerne ved skærmdeling (ikke muligt på Linux)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="446"/>
        <source>Linux cannot hide windows from screen sharing. A Wayland desktop asks you before a program may share your screen; on an X11 desktop any program can see it. Close what shows a case before you share your screen.</source>
        <translation>Linux kan ikke skjule vinduer ved skærmdeling. Et Wayland-skrivebord spørger dig, før et program må dele din skærm; på et X11-skrivebord kan ethvert program se den. Luk det, der viser en sag, før du deler din skærm.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="503"/>
        <source>Open a case first: a consultation belongs to a case.</source>
        <translation>Åbn først en sag: en samtale hører til en sag.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="542"/>
        <source>Lock vinkdesk now: the notes close and the key is forgotten</source>
        <translation>Lås vinkdesk nu: notaterne lukkes, og nøglen glemmes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="545"/>
        <source>Hide the screen at once (someone looking over your shoulder); again to show</source>
        <translation>Skjul skærmen med det samme (hvis nogen kigger med); tryk igen for at vise den</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="548"/>
        <source>New consultation on the open case</source>
        <translation>Ny samtale på den åbne sag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="549"/>
        <source>Find a case by ref or alias</source>
        <translation>Find en sag på sagsnr. eller alias</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="550"/>
        <source>From the find field: into the list / open the first case found</source>
        <translation>Fra søgefeltet: ned i listen / åbn den første sag, der blev fundet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="552"/>
        <source>Refresh the case list</source>
        <translation>Opdater sagslisten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="553"/>
        <source>Open the chosen consultation or search hit</source>
        <translation>Åbn den valgte samtale eller det valgte søgeresultat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="554"/>
        <source>In a date field: choose the day in a calendar</source>
        <translation>I et datofelt: vælg dagen i en kalender</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="555"/>
        <source>In the assessment: its own keys (1–4 set a rating)</source>
        <translation>I vurderingen: dens egne taster (1–4 sætter en vurdering)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="562"/>
        <source>vinkdesk also locks by itself after a few idle minutes (Settings), and when the screen locks or the computer sleeps.</source>
        <translation>vinkdesk låser også af sig selv efter nogle minutter uden aktivitet (Indstillinger), og når skærmen låses, eller computeren går i dvale.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="573"/>
        <source>open</source>
        <translation>åbn</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="574"/>
        <source>Tools → Returned to me…</source>
        <translation>Værktøjer → Sendt tilbage til mig …</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="585"/>
        <source>%n case(s) overdue for review</source>
        <translation>
            <numerusform>%n sag har overskredet datoen for gennemgang</numerusform>
            <numerusform>%n sager har overskredet datoen for gennemgang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="586"/>
        <source>show them</source>
        <translation>vis dem</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="588"/>
        <source>Shows the open cases whose review date has passed: the filter “%1” (%2)</source>
        <translation>Viser de åbne sager, hvis dato for gennemgang er overskredet: filteret “%1” (%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="615"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="634"/>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="717"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../new_case_dialog.py" line="50"/>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="52"/>
        <source>Subject</source>
        <translation>Person (alias)</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="54"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="55"/>
        <source>An alias, never the real name</source>
        <translation>Et alias, aldrig det rigtige navn</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="60"/>
        <source>Not chosen – type the year</source>
        <translation>Ikke valgt – skriv året</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="62"/>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="63"/>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="65"/>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="67"/>
        <source>District</source>
        <translation>Bydel</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="68"/>
        <source>Concern</source>
        <translation>Bekymring</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="70"/>
        <source>Referred by</source>
        <translation>Henvendelse fra</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="78"/>
        <source>Record &amp;who raised the concern now</source>
        <translation>&amp;Registrér nu, hvem der rejste bekymringen</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="79"/>
        <source>Anon&amp;ymous: no name and no contact are kept</source>
        <translation>Anon&amp;ym: hverken navn eller kontakt gemmes</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="82"/>
        <source>Organisation of who raised the concern</source>
        <translation>Organisation for den, der rejste bekymringen</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="83"/>
        <source>e.g. the school, the club, the job centre</source>
        <translation>fx skolen, klubben, jobcentret</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="86"/>
        <source>Name of who raised the concern</source>
        <translation>Navn på den, der rejste bekymringen</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="89"/>
        <source>Contact of who raised the concern</source>
        <translation>Kontakt til den, der rejste bekymringen</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="91"/>
        <source>Raised on</source>
        <translation>Rejst den</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="94"/>
        <source>How it was raised</source>
        <translation>Hvordan den blev rejst</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="95"/>
        <source>Not recorded</source>
        <translation>Ikke oplyst</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="103"/>
        <source>Age &amp;band:</source>
        <translation>Alders&amp;gruppe:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="107"/>
        <source>&amp;Referred by:</source>
        <translation>&amp;Henvendelse fra:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="108"/>
        <source>Opened o&amp;n:</source>
        <translation>Oprettet &amp;den:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="115"/>
        <source>Organisa&amp;tion:</source>
        <translation>Organisa&amp;tion:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="116"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="117"/>
        <source>Phone or e-mai&amp;l:</source>
        <translation>Te&amp;lefon eller e-mail:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="118"/>
        <source>Ra&amp;ised on:</source>
        <translation>Re&amp;jst den:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="119"/>
        <source>&amp;How it was raised:</source>
        <translation>Hvordan den blev rej&amp;st:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="181"/>
        <source>Write the contact as a phone number (at least 8 digits) or an e-mail address.</source>
        <translation>Skriv kontakten som et telefonnummer (mindst 8 cifre) eller en e-mailadresse.</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="186"/>
        <source>The concern is raised on the day the case is opened or before.</source>
        <translation>Bekymringen er rejst den dag, sagen oprettes, eller før.</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="218"/>
        <source>The opening date cannot be read, or lies in the future. Write it as %1.</source>
        <translation>Oprettelsesdatoen kan ikke læses eller ligger i fremtiden. Skriv den som %1.</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="238"/>
        <source>Who raised the concern was not saved</source>
        <translation>Hvem der rejste bekymringen, blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="73"/>
        <source>Opened on</source>
        <translation>Oprettet den</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="100"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Person (alias):</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="101"/>
        <source>&amp;Alias or group name:</source>
        <translation>&amp;Alias eller gruppens navn:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="102"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Fødselsår:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="104"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Køn:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="105"/>
        <source>&amp;District:</source>
        <translation>&amp;Bydel:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="106"/>
        <source>&amp;Concern:</source>
        <translation>B&amp;ekymring:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="123"/>
        <source>&amp;Open case</source>
        <translation>&amp;Opret sag</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../key_dialogs.py" line="71"/>
        <source>Choose a new passphrase</source>
        <translation>Vælg en ny adgangssætning</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="71"/>
        <source>Change passphrase</source>
        <translation>Skift adgangssætning</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="75"/>
        <source>You opened vinkdesk with the recovery code. Choose a new passphrase now: the vault is then re-encrypted under a new key, the recovery code you used stops working, and you get a new one to keep safe.</source>
        <translation>Du åbnede vinkdesk med gendannelseskoden. Vælg en ny adgangssætning nu: så krypteres dine notater igen med en ny nøgle, gendannelseskoden, du brugte, holder op med at virke, og du får en ny, som du skal opbevare sikkert.</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="81"/>
        <source>Type your current passphrase, then the new one twice. From now on only the new one opens the vault.</source>
        <translation>Skriv din nuværende adgangssætning og derefter den nye to gange. Herefter er det kun den nye, der åbner dine notater.</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="86"/>
        <source>Current passphrase</source>
        <translation>Nuværende adgangssætning</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="87"/>
        <source>New passphrase</source>
        <translation>Ny adgangssætning</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="88"/>
        <source>Repeat the new passphrase</source>
        <translation>Gentag den nye adgangssætning</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="95"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>N&amp;uværende adgangssætning:</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="96"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny adgangssætning:</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="98"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="109"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Skift adgangssætning</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="112"/>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="129"/>
        <source>The new passphrase is too short: use at least %1 characters.</source>
        <translation>Den nye adgangssætning er for kort: brug mindst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="136"/>
        <source>The two new passphrases differ. Type them again.</source>
        <translation>De to nye adgangssætninger er forskellige. Skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="149"/>
        <source>Working… this takes a few seconds.</source>
        <translation>Arbejder … det tager nogle sekunder.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../passphrase.py" line="33"/>
        <source>Too short: at least %1 characters. A few unrelated words in a row work well.</source>
        <translation>For kort: mindst %1 tegn. Nogle få ord, der ikke hænger sammen, fungerer godt.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="38"/>
        <source>Weak: add another word or two.</source>
        <translation>Svag: tilføj et ord eller to.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="40"/>
        <source>Fair: one more word makes it strong.</source>
        <translation>Rimelig: ét ord mere gør den stærk.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="42"/>
        <source>Good.</source>
        <translation>God.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="43"/>
        <source>Strong.</source>
        <translation>Stærk.</translation>
    </message>
</context>
<context>
    <name>PayloadView</name>
    <message>
        <location filename="../sync_panel.py" line="401"/>
        <source>What leaves this laptop</source>
        <translation>Det, der forlader denne computer</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <location filename="../data_protection.py" line="149"/>
        <source>Retention and lock periods</source>
        <translation>Opbevarings- og låseperioder</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="152"/>
        <source>&amp;Lock a consultation after (days):</source>
        <translation>&amp;Lås en samtale efter (dage):</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="153"/>
        <source>&amp;Keep closed cases (years):</source>
        <translation>&amp;Behold afsluttede sager (år):</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="154"/>
        <source>Keep &amp;audit rows (years):</source>
        <translation>Behold rækker i &amp;adgangsloggen (år):</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="155"/>
        <source>Keep what was typed into &amp;searches (months):</source>
        <translation>Behold det, der blev &amp;søgt på (måneder):</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="169"/>
        <source>A locked consultation can only be amended, never changed. Closed cases past the retention period are offered for deletion under Tools. Search words are erased from the audit trail after the period you set.</source>
        <translation>En låst samtale kan kun tilføjes en rettelse, aldrig ændres. Afsluttede sager, hvis opbevaringsperiode er udløbet, tilbydes til sletning under Værktøjer. Søgeord slettes fra adgangsloggen efter den periode, du vælger.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message numerus="yes">
        <location filename="../print_preview.py" line="73"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="75"/>
        <source>Print status</source>
        <translation>Udskriftsstatus</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="79"/>
        <source>Print progress</source>
        <translation>Udskriftens fremdrift</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="81"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="82"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF …</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="83"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="135"/>
        <source>Sending to the printer…</source>
        <translation>Sender til printeren …</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="137"/>
        <source>Preparing the pages for the printer…</source>
        <translation>Gør siderne klar til printeren …</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="145"/>
        <source>Preparing page %1 of %2 for the printer…</source>
        <translation>Gør side %1 af %2 klar til printeren …</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="157"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="161"/>
        <source>Printed, but not recorded</source>
        <translation>Udskrevet, men ikke registreret</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="164"/>
        <source>Not printed.</source>
        <translation>Ikke udskrevet.</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="166"/>
        <location filename="../print_preview.py" line="170"/>
        <source>Not printed</source>
        <translation>Ikke udskrevet</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="172"/>
        <source>The report was not printed: the printer or the print service refused it. Check that the printer is switched on and connected, or choose another printer, and try again.</source>
        <translation>Rapporten blev ikke udskrevet: printeren eller udskriftstjenesten afviste den. Tjek, at printeren er tændt og forbundet, eller vælg en anden printer, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="190"/>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="195"/>
        <source>The saved file is not encrypted: anyone who can open the folder can read it. Save it only where your unit allows, and delete it when it has served its purpose.</source>
        <translation>Den gemte fil er ikke krypteret: alle, der kan åbne mappen, kan læse den. Gem den kun, hvor jeres retningslinjer tillader det, og slet den, når den har gjort sin nytte.</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="216"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>PrintingPresenter</name>
    <message>
        <location filename="../presenters/printing.py" line="67"/>
        <source>Consultation summary – %1</source>
        <translation>Rådgivningsresumé – %1</translation>
    </message>
    <message>
        <location filename="../presenters/printing.py" line="72"/>
        <source>Consultation summary</source>
        <translation>Rådgivningsresumé</translation>
    </message>
    <message>
        <location filename="../presenters/printing.py" line="106"/>
        <source>Right of access – %1</source>
        <translation>Indsigt – %1</translation>
    </message>
    <message>
        <location filename="../presenters/printing.py" line="111"/>
        <source>Right of access</source>
        <translation>Indsigt</translation>
    </message>
    <message>
        <location filename="../presenters/printing.py" line="131"/>
        <source>Audit extract – %1</source>
        <translation>Uddrag af adgangsloggen – %1</translation>
    </message>
    <message>
        <location filename="../presenters/printing.py" line="135"/>
        <source>Audit extract</source>
        <translation>Uddrag af adgangsloggen</translation>
    </message>
</context>
<context>
    <name>RatingChoice</name>
    <message>
        <location filename="../assessment_wizard.py" line="113"/>
        <source>Key %1</source>
        <translation>Tast %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="119"/>
        <source>1–4 or ← → set the rating (%1); ↑ ↓ go to the previous or next factor.</source>
        <translation>1–4 eller ← → sætter vurderingen (%1); ↑ ↓ går til forrige eller næste faktor.</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <location filename="../assessment_wizard.py" line="238"/>
        <source>Last time: %1</source>
        <translation>Sidst: %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="241"/>
        <source>What do you base it on? (optional)</source>
        <translation>Hvad bygger du det på? (valgfrit)</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="242"/>
        <source>Evidence for %1</source>
        <translation>Grundlag for %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="244"/>
        <source>Source for %1</source>
        <translation>Kilde til %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="245"/>
        <source>Source…</source>
        <translation>Kilde …</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../first_run.py" line="177"/>
        <source>Your recovery code</source>
        <translation>Din gendannelseskode</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="182"/>
        <source>If you forget your passphrase, this code is the only way into your notes. It is shown only now. Save the recovery sheet and print it, or write the code down, and keep it locked away from the computer.</source>
        <translation>Glemmer du din adgangssætning, er denne kode den eneste vej ind til dine notater. Den vises kun nu. Gem gendannelsesarket og udskriv det, eller skriv koden ned, og opbevar den aflåst og adskilt fra computeren.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="196"/>
        <source>Recovery code</source>
        <translation>Gendannelseskode</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="198"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Udskriv gendannelsesark …</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="200"/>
        <source>&amp;Save recovery sheet as PDF…</source>
        <translation>&amp;Gem gendannelsesark som PDF …</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="202"/>
        <source>I have saved or written down the recovery code</source>
        <translation>Jeg har gemt eller skrevet gendannelseskoden ned</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="205"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsæt</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="231"/>
        <source>Recovery sheet</source>
        <translation>Gendannelsesark</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="247"/>
        <source>Save recovery sheet</source>
        <translation>Gem gendannelsesark</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="262"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="281"/>
        <source>vinkdesk locked while your new recovery code was on the screen, before you had ticked that it was saved. That code already replaced the old one, so you may have no recovery code you know: make a new one now (Settings → New recovery code…) and keep it safe.</source>
        <translation>vinkdesk låste, mens din nye gendannelseskode stod på skærmen, før du havde sat flueben ved, at den var gemt. Koden har allerede erstattet den gamle, så du har måske ingen gendannelseskode, du kender: lav en ny nu (Indstillinger → Ny gendannelseskode …), og gem den sikkert.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../data_protection.py" line="36"/>
        <source>Delete after the retention period</source>
        <translation>Sletning efter opbevaringsperioden</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="49"/>
        <source>Cases due for deletion</source>
        <translation>Sager, der skal slettes</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="50"/>
        <source>&amp;Delete the chosen case…</source>
        <translation>&amp;Slet den valgte sag …</translation>
    </message>
    <message numerus="yes">
        <location filename="../data_protection.py" line="40"/>
        <source>Closed cases older than the retention period (%n year(s)). Deleting removes the case with its notes, assessments, actions and search index for good; the audit log keeps only that a case was deleted.</source>
        <translation>
            <numerusform>Afsluttede sager ældre end opbevaringsperioden (%n år). Sletning fjerner sagen med notater, vurderinger, handlinger og søgeindeks for altid; adgangsloggen bevarer kun, at en sag blev slettet.</numerusform>
            <numerusform>Afsluttede sager ældre end opbevaringsperioden (%n år). Sletning fjerner sagen med notater, vurderinger, handlinger og søgeindeks for altid; adgangsloggen bevarer kun, at en sag blev slettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../data_protection.py" line="54"/>
        <source>&amp;Purge audit log rows older than %n year(s)</source>
        <translation>
            <numerusform>&amp;Ryd rækker i adgangsloggen ældre end %n år</numerusform>
            <numerusform>&amp;Ryd rækker i adgangsloggen ældre end %n år</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="74"/>
        <source>%1, closed %2</source>
        <translation>%1, afsluttet %2</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="88"/>
        <source>Delete for good?</source>
        <translation>Slet for altid?</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="90"/>
        <source>%1 and everything in it will be deleted and cannot be restored except from a backup.</source>
        <translation>%1 og alt i den bliver slettet og kan kun genskabes fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="99"/>
        <source>Deleting, and rewriting the vault so no trace of the case stays…</source>
        <translation>Sletter og omskriver filen med dine notater, så intet spor af sagen bliver tilbage …</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="104"/>
        <source>The case is deleted and no trace of it is left in the vault&apos;s file.</source>
        <translation>Sagen er slettet, og der er ingen spor af den tilbage i filen med dine notater.</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="107"/>
        <source>The case is deleted. Its last traces in the vault&apos;s file could not be removed yet because the vault was busy; vinkdesk finishes that by itself at the next unlock.</source>
        <translation>Sagen er slettet. Dens sidste spor i filen med dine notater kunne ikke fjernes endnu, fordi filen var i brug; vinkdesk gør det færdigt af sig selv, næste gang du låser op.</translation>
    </message>
    <message numerus="yes">
        <location filename="../data_protection.py" line="129"/>
        <source>%n audit log row(s) older than %1 were purged.</source>
        <translation>
            <numerusform>%n række i adgangsloggen ældre end %1 blev ryddet.</numerusform>
            <numerusform>%n rækker i adgangsloggen ældre end %1 blev ryddet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnedDialog</name>
    <message>
        <location filename="../review_queue.py" line="421"/>
        <source>Returned to me</source>
        <translation>Sendt tilbage til mig</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="424"/>
        <source>Work a supervisor returned to you</source>
        <translation>Arbejde, en leder har sendt tilbage til dig</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="426"/>
        <source>The supervisor&apos;s comment</source>
        <translation>Lederens kommentar</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="433"/>
        <source>Nothing has been returned to you.</source>
        <translation>Intet er sendt tilbage til dig.</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="436"/>
        <source>&amp;Open the case</source>
        <translation>Å&amp;bn sagen</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="442"/>
        <source>Open a case to amend the consultation or make a new assessment.</source>
        <translation>Åbn en sag for at rette samtalen eller lave en ny vurdering.</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="456"/>
        <source>consultation of %1</source>
        <translation>samtale fra %1</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="458"/>
        <source>assessment of %1</source>
        <translation>vurdering fra %1</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="460"/>
        <source>consultation</source>
        <translation>samtale</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="460"/>
        <source>assessment</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="475"/>
        <source>%1 returned your %2 on %3:</source>
        <translation>%1 sendte din %2 tilbage den %3:</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <location filename="../review_detail.py" line="62"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="63"/>
        <source>What supervisors said before</source>
        <translation>Lederens tidligere kommentarer</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="64"/>
        <source>Nothing written</source>
        <translation>Intet skrevet</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="65"/>
        <source>This is an amendment.</source>
        <translation>Dette er en rettelse.</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="66"/>
        <source>The same text as the version after it.</source>
        <translation>Samme tekst som versionen efter den.</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="67"/>
        <source>Chosen level:</source>
        <translation>Valgt niveau:</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="68"/>
        <source>Suggested level:</source>
        <translation>Foreslået niveau:</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="69"/>
        <source>not an all-clear: key factors are unknown</source>
        <translation>ikke en afblæsning: centrale faktorer er ukendte</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="70"/>
        <source>Why this level was suggested</source>
        <translation>Hvorfor dette niveau blev foreslået</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="71"/>
        <source>What we do not know yet</source>
        <translation>Det ved vi ikke endnu</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="72"/>
        <source>Nothing recorded with this assessment.</source>
        <translation>Intet registreret med denne vurdering.</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="73"/>
        <source>Duty to notify and police referral</source>
        <translation>Underretningspligt og henvisning til politiet</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="74"/>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="75"/>
        <source>This is the case’s first assessment.</source>
        <translation>Dette er sagens første vurdering.</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="76"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="77"/>
        <source>Level unchanged:</source>
        <translation>Niveauet er uændret:</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="78"/>
        <source>No factor rated differently.</source>
        <translation>Ingen faktor er vurderet anderledes.</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="79"/>
        <source>Ratings and what they rest on</source>
        <translation>Faktorerne, og hvad vurderingen bygger på</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="80"/>
        <source>Unknown:</source>
        <translation>Ukendt:</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="102"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="103"/>
        <source>Returned</source>
        <translation>Sendt tilbage</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="104"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="128"/>
        <source>Consultation of %1</source>
        <translation>Samtale den %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../review_detail.py" line="129"/>
        <location filename="../review_detail.py" line="180"/>
        <location filename="../review_detail.py" line="181"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="132"/>
        <source>Written by</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="135"/>
        <location filename="../review_detail.py" line="176"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="136"/>
        <location filename="../review_detail.py" line="177"/>
        <source>Who asked</source>
        <translation>Henvendelse fra</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="137"/>
        <location filename="../review_detail.py" line="179"/>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="151"/>
        <source>Below the current text: what the earlier version said where it differs.</source>
        <translation>Under den nuværende tekst står, hvad den tidligere version sagde, hvor den er anderledes.</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="155"/>
        <location filename="../review_detail.py" line="183"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="156"/>
        <location filename="../review_detail.py" line="184"/>
        <source>Advice given</source>
        <translation>Rådgivning givet</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="157"/>
        <location filename="../review_detail.py" line="185"/>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="167"/>
        <source>Earlier version, written %1</source>
        <translation>Tidligere version, skrevet %1</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="172"/>
        <source>Date and time</source>
        <translation>Dato og tid</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="201"/>
        <source>Assessment of %1</source>
        <translation>Vurdering den %1</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="202"/>
        <source>Made by %1</source>
        <translation>Lavet af %1</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="217"/>
        <source>Why another level than the one suggested</source>
        <translation>Begrundelse for et andet niveau end det foreslåede</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="219"/>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="243"/>
        <source>The definition %1 version %2 is not installed here, so the ratings cannot be shown.</source>
        <translation>Definitionen %1 version %2 findes ikke på denne computer, så vurderingerne af faktorerne kan ikke vises.</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="257"/>
        <source>Notification to the municipality</source>
        <translation>Underretning til kommunen</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="258"/>
        <source>Referral to the police-led cooperation</source>
        <translation>Henvisning til det politiledede samarbejde</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="264"/>
        <source>%1: done %2</source>
        <translation>%1: sket %2</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="266"/>
        <source>receipt %1</source>
        <translation>kvittering %1</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="268"/>
        <source>%1: not done – %2</source>
        <translation>%1: ikke sket – %2</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="284"/>
        <source>Changed since the assessment of %1</source>
        <translation>Ændret siden vurderingen den %1</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="305"/>
        <source>(new)</source>
        <translation>(ny)</translation>
    </message>
    <message>
        <location filename="../review_detail.py" line="306"/>
        <source>(removed)</source>
        <translation>(udgået)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../review_date.py" line="40"/>
        <source>Move the review – %1</source>
        <translation>Flyt gennemgang – %1</translation>
    </message>
    <message>
        <location filename="../review_date.py" line="42"/>
        <source>Choose the day of the next review: today or a later day.</source>
        <translation>Vælg dagen for næste gennemgang: i dag eller en senere dag.</translation>
    </message>
    <message>
        <location filename="../review_date.py" line="43"/>
        <source>&amp;Next review:</source>
        <translation>&amp;Næste gennemgang:</translation>
    </message>
    <message>
        <location filename="../review_date.py" line="44"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <location filename="../review_date.py" line="45"/>
        <location filename="../review_date.py" line="46"/>
        <source>Why the review is moved</source>
        <translation>Hvorfor gennemgangen flyttes</translation>
    </message>
    <message>
        <location filename="../review_date.py" line="48"/>
        <source>Needed when the review moves later than %1, the day it has now.</source>
        <translation>Skal udfyldes, når gennemgangen flyttes til senere end %1, som er den nuværende dato.</translation>
    </message>
    <message>
        <location filename="../review_date.py" line="56"/>
        <source>Case reviewed – %1</source>
        <translation>Sagen er gennemgået – %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../review_date.py" line="59"/>
        <source>Record the day the case was reviewed. The next review follows from its level: %n week(s) later.</source>
        <translation>
            <numerusform>Skriv den dag, sagen blev gennemgået. Næste gennemgang følger af sagens niveau: %n uge senere.</numerusform>
            <numerusform>Skriv den dag, sagen blev gennemgået. Næste gennemgang følger af sagens niveau: %n uger senere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review_date.py" line="64"/>
        <source>&amp;Reviewed on:</source>
        <translation>&amp;Gennemgået den:</translation>
    </message>
    <message>
        <location filename="../review_date.py" line="65"/>
        <source>What it &amp;found:</source>
        <translation>Hvad den &amp;viste:</translation>
    </message>
    <message>
        <location filename="../review_date.py" line="66"/>
        <source>What the review found</source>
        <translation>Hvad gennemgangen viste</translation>
    </message>
    <message>
        <location filename="../review_date.py" line="67"/>
        <source>What the review found (optional)</source>
        <translation>Hvad gennemgangen viste (valgfrit)</translation>
    </message>
    <message>
        <location filename="../review_date.py" line="97"/>
        <source>Next review: %1</source>
        <translation>Næste gennemgang: %1</translation>
    </message>
    <message>
        <location filename="../review_date.py" line="111"/>
        <source>The day cannot be read. Write it as %1.</source>
        <translation>Datoen kan ikke læses. Skriv den som %1.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message>
        <location filename="../review_queue.py" line="182"/>
        <source>Review queue</source>
        <translation>Til godkendelse</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="188"/>
        <source>Work waiting for review, oldest first</source>
        <translation>Arbejde, der venter på godkendelse, ældste først</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="202"/>
        <source>Counsellor</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="204"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="205"/>
        <source>Consultations and assessments</source>
        <translation>Samtaler og vurderinger</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="206"/>
        <source>Consultations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="207"/>
        <source>Assessments</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="209"/>
        <source>Waiting</source>
        <translation>Ventet</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="210"/>
        <source>Any time</source>
        <translation>Uanset hvor længe</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="211"/>
        <source>More than 7 days</source>
        <translation>Mere end 7 dage</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="212"/>
        <source>More than 30 days</source>
        <translation>Mere end 30 dage</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="214"/>
        <source>Items shown</source>
        <translation>Viste punkter</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="217"/>
        <source>Co&amp;unsellor:</source>
        <translation>&amp;Rådgiver:</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="218"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="219"/>
        <source>&amp;Waiting:</source>
        <translation>&amp;Ventet:</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="230"/>
        <source>The chosen work</source>
        <translation>Det valgte arbejde</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="233"/>
        <source>Comment (needed to return or comment)</source>
        <translation>Kommentar (kræves for at sende tilbage eller kommentere)</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="234"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="237"/>
        <source>Co&amp;mment to the counsellor:</source>
        <translation>Ko&amp;mmentar til rådgiveren:</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="239"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="240"/>
        <source>&amp;Return with comment</source>
        <translation>&amp;Send tilbage med kommentar</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="241"/>
        <source>&amp;Comment only</source>
        <translation>&amp;Kun kommentar</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="242"/>
        <source>&amp;Open the case</source>
        <translation>Å&amp;bn sagen</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="251"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="322"/>
        <source>All counsellors</source>
        <translation>Alle rådgivere</translation>
    </message>
    <message numerus="yes">
        <location filename="../review_queue.py" line="335"/>
        <source>%n item(s) waiting</source>
        <translation>
            <numerusform>%n venter på godkendelse</numerusform>
            <numerusform>%n venter på godkendelse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../review_queue.py" line="337"/>
        <source>Showing %n of %1</source>
        <translation>
            <numerusform>Viser %n af %1</numerusform>
            <numerusform>Viser %n af %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="344"/>
        <source>Nothing waiting matches these filters.</source>
        <translation>Intet af det, der venter, passer til filtrene.</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="387"/>
        <source>Approved: %1</source>
        <translation>Godkendt: %1</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="388"/>
        <source>Returned with your comment: %1</source>
        <translation>Sendt tilbage med din kommentar: %1</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="389"/>
        <source>Comment saved: %1</source>
        <translation>Kommentar gemt: %1</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="398"/>
        <source>consultation of %1</source>
        <translation>samtale fra %1</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="398"/>
        <source>assessment of %1</source>
        <translation>vurdering fra %1</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="342"/>
        <source>Nothing is waiting for review.</source>
        <translation>Intet venter på godkendelse.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../review_queue.py" line="105"/>
        <source>Consultation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="107"/>
        <source>Assessment: %1</source>
        <translation>Vurdering: %1</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="120"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="120"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="120"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="120"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../review_queue.py" line="120"/>
        <source>Counsellor</source>
        <translation>Rådgiver</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../save_file.py" line="59"/>
        <source>Keep the recovery sheet off this laptop: save it on a USB stick (or print it) and keep it locked away. Anyone who has the sheet and the laptop can open your notes.</source>
        <translation>Gem ikke gendannelsesarket på denne computer: gem det på et USB-stik (eller print det), og opbevar det aflåst. Den, der har både arket og computeren, kan åbne dine notater.</translation>
    </message>
    <message>
        <location filename="../save_file.py" line="90"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../save_file.py" line="124"/>
        <source>Save in a cloud folder?</source>
        <translation>Gem i en skymappe?</translation>
    </message>
    <message>
        <location filename="../save_file.py" line="126"/>
        <source>This folder is synchronised by %1: the file would be copied, unencrypted, to servers run by %2. Save anyway?</source>
        <translation>Denne mappe synkroniseres af %1: filen ville blive kopieret ukrypteret til servere hos %2. Vil du gemme alligevel?</translation>
    </message>
    <message>
        <location filename="../save_file.py" line="136"/>
        <source>Choose a folder on this computer or a USB stick instead, unless your unit allows this one.</source>
        <translation>Vælg hellere en mappe på denne computer eller et USB-stik, medmindre jeres retningslinjer tillader denne mappe.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../search_panel.py" line="155"/>
        <source>Search in consultations…</source>
        <translation>Søg i samtaler …</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="156"/>
        <source>Search in consultations</source>
        <translation>Søg i samtaler</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="168"/>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="209"/>
        <source>Searching…</source>
        <translation>Søger …</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="223"/>
        <source>No consultation matches.</source>
        <translation>Ingen samtaler passer.</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="226"/>
        <source>The newest %1 matches; add a word to narrow the search.</source>
        <translation>De nyeste %1 resultater; tilføj et ord for at indsnævre søgningen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../search_panel.py" line="231"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../summary_dialog.py" line="26"/>
        <source>Consultation summary</source>
        <translation>Rådgivningsresumé</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="28"/>
        <source>&amp;All consultations</source>
        <translation>&amp;Alle samtaler</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="29"/>
        <source>Consultations in a &amp;period:</source>
        <translation>Samtaler i en &amp;periode:</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="30"/>
        <source>Only the &amp;chosen consultation</source>
        <translation>Kun den &amp;valgte samtale</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="37"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="37"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="54"/>
        <source>Pre&amp;view</source>
        <translation>Vis &amp;udskrift</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="76"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../assessment_wizard.py" line="468"/>
        <location filename="../assessment_wizard.py" line="523"/>
        <source>Suggested level</source>
        <translation>Foreslået niveau</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="474"/>
        <source>Your decision</source>
        <translation>Din beslutning</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="487"/>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="491"/>
        <source>Add to the action plan</source>
        <translation>Føj til handleplanen</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="495"/>
        <source>Duties</source>
        <translation>Pligter</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="485"/>
        <location filename="../assessment_wizard.py" line="594"/>
        <source>Explain why you choose another level than the one suggested</source>
        <translation>Begrund, hvorfor du vælger et andet niveau end det foreslåede</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="523"/>
        <source>What we do not know yet</source>
        <translation>Det ved vi ikke endnu</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="525"/>
        <source>Not determined: unknown is not the same as green. Gather information.</source>
        <translation>Ikke afgjort: ukendt er ikke det samme som grønt. Indhent oplysninger.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="526"/>
        <source>On what is rated: %1</source>
        <translation>Ud fra det, der er vurderet: %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="533"/>
        <source>Find out first</source>
        <translation>Find ud af først</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="546"/>
        <source>Not determined</source>
        <translation>Ikke afgjort</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="559"/>
        <source>This is the case&apos;s first assessment.</source>
        <translation>Dette er sagens første vurdering.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="563"/>
        <source>Changed since the assessment of %1:</source>
        <translation>Ændret siden vurderingen %1:</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="567"/>
        <source>nothing.</source>
        <translation>intet.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="570"/>
        <source>(new)</source>
        <translation>(ny)</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="571"/>
        <source>(removed)</source>
        <translation>(udgået)</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="592"/>
        <source>Why green is right although key factors are unknown</source>
        <translation>Hvorfor grønt er rigtigt, selv om centrale faktorer er ukendte</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="634"/>
        <source>due today, %1</source>
        <translation>frist i dag, %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="635"/>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="650"/>
        <source>The municipality was notified on</source>
        <translation>Kommunen er underrettet den</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="651"/>
        <source>Not notified, because</source>
        <translation>Ikke underrettet, fordi</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="653"/>
        <source>Referred on</source>
        <translation>Henvist den</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="653"/>
        <source>Not referred, because</source>
        <translation>Ikke henvist, fordi</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="731"/>
        <source>Choose a level.</source>
        <translation>Vælg et niveau.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="734"/>
        <source>You chose another level than the one suggested: write why.</source>
        <translation>Du har valgt et andet niveau end det foreslåede: skriv hvorfor.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="739"/>
        <source>Key factors are unknown, so green is not an all-clear: write why green is right.</source>
        <translation>Centrale faktorer er ukendte, så grønt er ikke en frikendelse: skriv, hvorfor grønt er rigtigt.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="745"/>
        <source>Answer the duty above: done on a date, or not done and why.</source>
        <translation>Besvar pligten ovenfor: sket på en dato, eller ikke sket og hvorfor.</translation>
    </message>
</context>
<context>
    <name>SupervisionPresenter</name>
    <message numerus="yes">
        <location filename="../presenters/supervision.py" line="43"/>
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../presenters/supervision.py" line="45"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n vurdering</numerusform>
            <numerusform>%n vurderinger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../presenters/supervision.py" line="51"/>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <location filename="../presenters/supervision.py" line="53"/>
        <source>%1 returned to you</source>
        <translation>%1 er sendt tilbage til dig</translation>
    </message>
</context>
<context>
    <name>SupervisorsDialog</name>
    <message>
        <location filename="../key_dialogs.py" line="256"/>
        <location filename="../key_dialogs.py" line="267"/>
        <source>Supervisors</source>
        <translation>Ledere</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="260"/>
        <source>Supervisors open this vault with their own passphrase to review your notes; they cannot change them. Removing a supervisor re-encrypts the vault under a new key: their passphrase, and any old copy of the key file, stop opening it.</source>
        <translation>Ledere åbner dine notater med deres egen adgangssætning for at gennemgå dem; de kan ikke ændre dem. Når en leder fjernes, krypteres dine notater igen med en ny nøgle: lederens adgangssætning og enhver gammel kopi af nøglefilen åbner dem ikke længere.</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="268"/>
        <source>&amp;Add a supervisor…</source>
        <translation>&amp;Tilføj en leder …</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="270"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="272"/>
        <source>Re&amp;place the vault&apos;s key…</source>
        <translation>&amp;Udskift nøglen til dine notater …</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="274"/>
        <source>Re-encrypt the vault under a new key, for example after a laptop or backup went missing</source>
        <translation>Kryptér dine notater igen med en ny nøgle, fx hvis en computer eller en sikkerhedskopi er blevet væk</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="304"/>
        <source>(no supervisor has access)</source>
        <translation>(ingen leder har adgang)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../sync_panel.py" line="78"/>
        <source>Active cases</source>
        <translation>Aktive sager</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="79"/>
        <source>New cases</source>
        <translation>Nye sager</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="80"/>
        <source>Closed cases</source>
        <translation>Afsluttede sager</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="81"/>
        <source>New cases by district</source>
        <translation>Nye sager efter bydel</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="82"/>
        <source>New cases by age</source>
        <translation>Nye sager efter alder</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="83"/>
        <source>New cases by gender</source>
        <translation>Nye sager efter køn</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="84"/>
        <source>New cases by concern</source>
        <translation>Nye sager efter bekymringstype</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="85"/>
        <source>Consultations by channel</source>
        <translation>Samtaler efter kanal</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="86"/>
        <source>Consultations by who asked</source>
        <translation>Samtaler efter hvem der henvendte sig</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="87"/>
        <source>Level changes (from row to column)</source>
        <translation>Niveauskift (fra række til kolonne)</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="95"/>
        <source>Nothing has changed since the last sync: nothing would be written.</source>
        <translation>Intet er ændret siden sidste synkronisering: intet ville blive skrevet.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="63"/>
        <source>Q%1 %2</source>
        <comment>a quarter: its number, then the year</comment>
        <translation>%1. kvartal %2</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="88"/>
        <source>Closed cases by reason</source>
        <translation>Afsluttede sager efter grund</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="89"/>
        <source>Follow-ups by outcome</source>
        <translation>Opfølgning efter udfald</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="106"/>
        <source>Sent from this computer (%1), signed and sealed so only the coordinator can open it.</source>
        <translation>Sendt fra denne computer (%1), signeret og forseglet, så kun koordinatoren kan åbne den.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="113"/>
        <source>Also inside: the audit trail&apos;s head (row %1, digest %2), as a witness against later changes to the trail.</source>
        <translation>Også med: revisionssporets seneste række (række %1, kontrolsum %2) som vidne mod senere ændringer af sporet.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="124"/>
        <source>Restored from a backup of the laptop %1.</source>
        <translation>Gendannet fra en sikkerhedskopi af computeren %1.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="186"/>
        <source>Sync anonymised counts</source>
        <translation>Synkronisér anonymiserede tal</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="190"/>
        <source>Only counts leave this laptop: no names, case numbers, notes or dates finer than a quarter. They are sealed so that only the coordinator can open them, and the coordinator sums every enrolled laptop&apos;s counts into the annual report.</source>
        <translation>Kun optællinger forlader denne computer: ingen navne, sagsnumre, notater eller datoer finere end et kvartal. De forsegles, så kun koordinatoren kan åbne dem, og koordinatoren lægger alle tilmeldte computeres tal sammen i årsrapporten.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="197"/>
        <location filename="../sync_panel.py" line="325"/>
        <source>Share folder</source>
        <translation>Fællesmappe</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="198"/>
        <source>The unit&apos;s network folder</source>
        <translation>VINK&apos;s fællesmappe</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="199"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg …</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="202"/>
        <source>Share folder:</source>
        <translation>Fællesmappe:</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="211"/>
        <source>The coordinator&apos;s fingerprint</source>
        <translation>Koordinatorens fingeraftryk</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="213"/>
        <source>C&amp;onfirm</source>
        <translation>&amp;Bekræft</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="219"/>
        <source>Enrolment</source>
        <translation>Tilmelding</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="225"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="225"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="225"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="229"/>
        <source>Quarters</source>
        <translation>Kvartaler</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="233"/>
        <source>Show &amp;what leaves this laptop…</source>
        <translation>Vis, &amp;hvad der forlader denne computer …</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_panel.py" line="382"/>
        <source>%n quarter(s) sealed and added to the share.</source>
        <translation>
            <numerusform>%n kvartal er forseglet og lagt i fællesmappen.</numerusform>
            <numerusform>%n kvartaler er forseglet og lagt i fællesmappen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="236"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisér nu</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="238"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="273"/>
        <source>Synced</source>
        <translation>Synkroniseret</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="273"/>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="273"/>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="280"/>
        <source>sequence %1</source>
        <translation>forsendelse nr. %1</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="291"/>
        <source>The last sync could not be finished. Press Sync now to try again and see why.</source>
        <translation>Den seneste synkronisering kunne ikke gennemføres. Tryk på Synkronisér nu for at prøve igen og se hvorfor.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="296"/>
        <source>This laptop&apos;s fingerprint: &lt;b&gt;%1&lt;/b&gt; — read it to the coordinator, who enrols it.</source>
        <translation>Denne computers fingeraftryk: &lt;b&gt;%1&lt;/b&gt; — læs det op for koordinatoren, som tilmelder den.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="301"/>
        <source>This vault was restored from a backup of the laptop %1: ask the coordinator to enrol this laptop as its replacement.</source>
        <translation>Dine notater er gendannet fra en sikkerhedskopi af computeren %1: bed koordinatoren tilmelde denne computer som dens afløser.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="309"/>
        <source>Coordinator confirmed: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Koordinator bekræftet: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="315"/>
        <source>The coordinator is not confirmed yet, so nothing is sent. Ask the coordinator to read out their fingerprint and type it here:</source>
        <translation>Koordinatoren er ikke bekræftet endnu, så intet bliver sendt. Bed koordinatoren læse sit fingeraftryk op, og skriv det her:</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="349"/>
        <location filename="../sync_panel.py" line="371"/>
        <source>Choose the share folder first.</source>
        <translation>Vælg først fællesmappen.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="361"/>
        <source>The coordinator %1 is confirmed. Sync now sends the counts.</source>
        <translation>Koordinatoren %1 er bekræftet. Synkronisér nu sender tallene.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="376"/>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="393"/>
        <source>The last try failed; it is tried again at the next sync. See the message below.</source>
        <translation>Sidste forsøg mislykkedes; der prøves igen ved næste synkronisering. Se beskeden nedenfor.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="387"/>
        <source>Not synced: %1</source>
        <translation>Ikke synkroniseret: %1</translation>
    </message>
</context>
<context>
    <name>SyncPresenter</name>
    <message>
        <location filename="../presenters/sync.py" line="46"/>
        <source>Counts not synced: %1 See Tools → Sync.</source>
        <translation>Tallene er ikke synkroniseret: %1 Se Værktøjer → Synkronisér.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../dates.py" line="385"/>
        <source>hh:mm</source>
        <translation>tt.mm</translation>
    </message>
    <message>
        <location filename="../dates.py" line="416"/>
        <source>“%1” is not a time of day. Write it as %2 or %3. The field keeps %4.</source>
        <translation>“%1” er ikke et klokkeslæt. Skriv det som %2 eller %3. Feltet beholder %4.</translation>
    </message>
</context>
<context>
    <name>UnitDetailsDialog</name>
    <message>
        <location filename="../unit_details.py" line="25"/>
        <source>Unit details</source>
        <translation>Enhedens oplysninger</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="30"/>
        <source>The right-of-access report opens with these details: who is responsible for the notes (the data controller) and how the person can reach the unit and its data protection officer. They are kept in your notes, on this computer.</source>
        <translation>Indsigtsrapporten begynder med disse oplysninger: hvem der er ansvarlig for notaterne (den dataansvarlige), og hvordan personen kan kontakte enheden og dens databeskyttelsesrådgiver. De gemmes i dine notater på denne computer.</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="37"/>
        <source>Unit&apos;s &amp;name:</source>
        <translation>Enhedens &amp;navn:</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="37"/>
        <source>e.g. VINK, Københavns Kommune</source>
        <translation>fx VINK, Københavns Kommune</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="38"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="38"/>
        <source>e.g. Rådhuspladsen 1, 1550 København V</source>
        <translation>fx Rådhuspladsen 1, 1550 København V</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="39"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="39"/>
        <source>e.g. 33 66 33 66</source>
        <translation>fx 33 66 33 66</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="40"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="40"/>
        <source>e.g. vink@kk.dk</source>
        <translation>fx vink@kk.dk</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="42"/>
        <source>Data protection &amp;officer:</source>
        <translation>&amp;Databeskyttelsesrådgiver:</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="43"/>
        <source>The municipality&apos;s DPO: a name, an e-mail or a phone</source>
        <translation>Kommunens databeskyttelsesrådgiver: et navn, en e-mail eller et telefonnummer</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="58"/>
        <source>What is wrong with: %1</source>
        <translation>Hvad der er galt med: %1</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="75"/>
        <source>Write an e-mail address, such as vink@kk.dk, or leave the field empty.</source>
        <translation>Skriv en e-mailadresse, fx vink@kk.dk, eller lad feltet stå tomt.</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="77"/>
        <source>Write a phone number (at least 8 digits), or leave the field empty.</source>
        <translation>Skriv et telefonnummer (mindst 8 cifre), eller lad feltet stå tomt.</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="78"/>
        <source>Keep this under %1 characters.</source>
        <translation>Hold det under %1 tegn.</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="102"/>
        <source>Save the unit&apos;s details?</source>
        <translation>Gem enhedens oplysninger?</translation>
    </message>
    <message>
        <location filename="../unit_details.py" line="103"/>
        <source>Discard throws away what you entered in this window.</source>
        <translation>Forkast sletter det, du har skrevet i dette vindue.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../unlock_dialog.py" line="69"/>
        <source>Unlock vinkdesk</source>
        <translation>Lås vinkdesk op</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="72"/>
        <source>Your case notes are encrypted. Type your passphrase to open them.</source>
        <translation>Dine sagsnotater er krypteret. Skriv din adgangssætning for at åbne dem.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="76"/>
        <source>Passphrase or recovery code</source>
        <translation>Adgangssætning eller gendannelseskode</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="77"/>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="80"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="85"/>
        <source>Unlocking</source>
        <translation>Låser op</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="87"/>
        <source>Forgot it? Type the recovery code from your recovery sheet instead.</source>
        <translation>Glemt den? Skriv i stedet gendannelseskoden fra dit gendannelsesark.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="92"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="95"/>
        <source>&amp;Annual report (coordinator)…</source>
        <translation>Å&amp;rsrapport (koordinator) …</translation>
    </message>
    <message numerus="yes">
        <location filename="../unlock_dialog.py" line="226"/>
        <source>That passphrase does not open this vault. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Adgangssætningen er forkert. Vent %n sekund, før du prøver igen.</numerusform>
            <numerusform>Adgangssætningen er forkert. Vent %n sekunder, før du prøver igen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="132"/>
        <source>Type your passphrase first.</source>
        <translation>Skriv først din adgangssætning.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="164"/>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Adgangssætningen er forkert. Tjek Caps Lock og tastaturlayoutet, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="183"/>
        <source>The vault was not closed properly</source>
        <translation>vinkdesk blev ikke lukket ordentligt</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="185"/>
        <source>vinkdesk was stopped without closing the vault (killed, crashed or lost power), and the log of its last changes is damaged. Opening it now keeps %1 saved changes and drops %2 made after the damage, for good. First copy the whole folder %3 somewhere safe; then either restore your latest backup, or open it anyway and enter again what is missing.</source>
        <translation>vinkdesk blev stoppet uden at lukke dine notater (lukket ned, gik ned eller mistede strømmen), og loggen over de sidste ændringer er beskadiget. Åbner du nu, beholdes %1 gemte ændringer, og %2 ændringer fra efter skaden forsvinder for altid. Kopiér først hele mappen %3 et sikkert sted hen; genskab derefter din seneste sikkerhedskopi, eller åbn alligevel, og skriv det, der mangler, ind igen.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="196"/>
        <source>&amp;Open anyway</source>
        <translation>&amp;Åbn alligevel</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="206"/>
        <source>Nothing was opened. Copy the folder %1 first, then restore or open anyway.</source>
        <translation>Intet blev åbnet. Kopiér først mappen %1, og genskab derefter eller åbn alligevel.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="217"/>
        <source>That passphrase does not open this vault. You can try again now.</source>
        <translation>Adgangssætningen er forkert. Du kan prøve igen nu.</translation>
    </message>
</context>
</TS>
