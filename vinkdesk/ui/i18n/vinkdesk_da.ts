<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../action_plan.py" line="172"/>
        <source>Add action</source>
        <translation>Tilføj handling</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="172"/>
        <source>Edit action</source>
        <translation>Rediger handling</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="135"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="137"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="138"/>
        <source>Has a due date</source>
        <translation>Har en frist</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="145"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="153"/>
        <source>&amp;Action:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="154"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="156"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="229"/>
        <source>Save the changes to this action?</source>
        <translation>Gem ændringerne i denne handling?</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="230"/>
        <source>Discard deletes what you wrote since the last save.</source>
        <translation>Forkast sletter det, du har skrevet, siden du sidst gemte.</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../action_plan.py" line="63"/>
        <location filename="../action_plan.py" line="83"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="63"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="63"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="63"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="91"/>
        <source>(overdue)</source>
        <translation>(overskredet)</translation>
    </message>
    <message>
        <location filename="../action_plan.py" line="112"/>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
</context>
<context>
    <name>AddSupervisorDialog</name>
    <message>
        <location filename="../supervision.py" line="45"/>
        <source>Add a supervisor</source>
        <translation>Tilføj en leder</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="49"/>
        <source>Let the supervisor type their own passphrase. They open this vault with it and see the review queue; they cannot write or change your notes.</source>
        <translation>Lad lederen selv skrive sin adgangssætning. Med den åbner lederen denne boks og ser gennemsynskøen; lederen kan ikke skrive eller ændre dine notater.</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="55"/>
        <source>Supervisor&apos;s name</source>
        <translation>Lederens navn</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="58"/>
        <source>Supervisor&apos;s passphrase</source>
        <translation>Lederens adgangssætning</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="61"/>
        <source>Repeat passphrase</source>
        <translation>Gentag adgangssætningen</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="68"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="69"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="71"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="75"/>
        <source>&amp;Add supervisor</source>
        <translation>&amp;Tilføj leder</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="87"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>De to adgangssætninger er forskellige. Skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="91"/>
        <source>Adding…</source>
        <translation>Tilføjer …</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../assessment_view.py" line="28"/>
        <source>Assessment of %1</source>
        <translation>Vurdering fra %1</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="31"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="41"/>
        <source>Made</source>
        <translation>Foretaget</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="41"/>
        <source>draft</source>
        <translation>kladde</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="42"/>
        <source>Chosen level</source>
        <translation>Valgt niveau</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="42"/>
        <source>Suggested level</source>
        <translation>Foreslået niveau</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="43"/>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="43"/>
        <source>Gaps in what is known</source>
        <translation>Huller i det, der vides</translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="44"/>
        <source>not determined: key factors unknown</source>
        <translation>ikke afgjort: centrale faktorer er ukendte</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../assessment_wizard.py" line="581"/>
        <source>Level assessment – %1</source>
        <translation>Niveauvurdering – %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="585"/>
        <source>Save and &amp;close</source>
        <translation>Gem og &amp;luk</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="586"/>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="615"/>
        <source>Step %1 of %2</source>
        <translation>Trin %1 af %2</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="735"/>
        <source>Draft saved %1</source>
        <translation>Kladde gemt %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="768"/>
        <source>Discard the assessment?</source>
        <translation>Kassér vurderingen?</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="769"/>
        <source>Everything entered in this assessment will be deleted.</source>
        <translation>Alt, hvad der er indtastet i denne vurdering, bliver slettet.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="808"/>
        <source>The assessment is not finished.</source>
        <translation>Vurderingen er ikke færdig.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="810"/>
        <source>Keep as draft keeps what you entered inside the vault, to go on later from this page. Discard deletes the unfinished assessment.</source>
        <translation>Gem som kladde gemmer det, du har udfyldt, i boksen, så du senere kan fortsætte fra denne side. Forkast sletter den ufærdige vurdering.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="856"/>
        <source>When vinkdesk locked, the unfinished assessment of case %1 could not be kept, so what was entered after its last saved draft is lost. The reason: %2</source>
        <translation>Da vinkdesk låste, kunne den ufærdige vurdering af sag %1 ikke gemmes, så det, der blev udfyldt efter den sidst gemte kladde, er tabt. Årsagen: %2</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../audit_log.py" line="42"/>
        <source>Audit trail</source>
        <translation>Logbog</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="45"/>
        <location filename="../audit_log.py" line="46"/>
        <source>Case ref</source>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="48"/>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="49"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="53"/>
        <location filename="../audit_log.py" line="85"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="54"/>
        <source>Every action</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="77"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="78"/>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="81"/>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="85"/>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="85"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="85"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="85"/>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="92"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Kontrollér kæden</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="94"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Eksportér som PDF …</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="139"/>
        <source>%1 rows</source>
        <translation>%1 rækker</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="143"/>
        <source>Verifying the vault and the audit chain…</source>
        <translation>Kontrollerer boksen og logbogens kæde …</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="150"/>
        <source>The chain and the database hold.</source>
        <translation>Kæden og databasen holder.</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="153"/>
        <source>The check found problems; restore from a backup and ask for help:</source>
        <translation>Kontrollen fandt fejl; genskab fra en sikkerhedskopi, og bed om hjælp:</translation>
    </message>
    <message>
        <location filename="../audit_log.py" line="163"/>
        <source>all cases</source>
        <translation>alle sager</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../case_page.py" line="118"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="120"/>
        <source>&amp;New consultation</source>
        <translation>&amp;Ny samtale</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="122"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Udskriv resumé …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="124"/>
        <source>Right of &amp;access (PDF)…</source>
        <translation>&amp;Indsigt (PDF) …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="137"/>
        <source>Consultations, newest first</source>
        <translation>Samtaler, nyeste først</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="141"/>
        <source>The chosen consultation</source>
        <translation>Den valgte samtale</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="154"/>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="156"/>
        <source>&amp;Add action</source>
        <translation>&amp;Tilføj handling</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="168"/>
        <source>Assessments</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="174"/>
        <source>New &amp;assessment…</source>
        <translation>Ny &amp;vurdering …</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="178"/>
        <location filename="../case_page.py" line="192"/>
        <source>Duty to notify and referrals</source>
        <translation>Underretning og henvisninger</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="183"/>
        <source>Receipt date</source>
        <translation>Kvitteringsdato</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="184"/>
        <source>Record &amp;receipt</source>
        <translation>Registrér &amp;kvittering</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="202"/>
        <source>&amp;Consultations</source>
        <translation>&amp;Samtaler</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="203"/>
        <source>Action &amp;plan</source>
        <translation>&amp;Handleplan</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="204"/>
        <source>Assess&amp;ments</source>
        <translation>&amp;Vurderinger</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="206"/>
        <source>Supervisor reviews</source>
        <translation>Ledergennemsyn</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="207"/>
        <source>Re&amp;views</source>
        <translation>&amp;Gennemsyn</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="237"/>
        <source>(draft)</source>
        <translation>(kladde)</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="243"/>
        <source>Level over time:</source>
        <translation>Niveau over tid:</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="247"/>
        <source>Not assessed yet.</source>
        <translation>Endnu ikke vurderet.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="271"/>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="279"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="280"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="281"/>
        <source>District</source>
        <translation>Bydel</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="282"/>
        <source>Concern</source>
        <translation>Bekymring</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="283"/>
        <source>Raised by</source>
        <translation>Henvendt af</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="284"/>
        <source>Counsellor</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="285"/>
        <source>Opened</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="286"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="302"/>
        <source>&amp;Reopen case</source>
        <translation>&amp;Genåbn sag</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="302"/>
        <source>C&amp;lose case</source>
        <translation>&amp;Luk sag</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="311"/>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="317"/>
        <source>This is an earlier version, kept as history.</source>
        <translation>Dette er en tidligere version, bevaret som historik.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="320"/>
        <source>Notes</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="321"/>
        <source>Advice given</source>
        <translation>Givet rådgivning</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="322"/>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="337"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="338"/>
        <source>Returned</source>
        <translation>Sendt tilbage</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="339"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="341"/>
        <source>consultation</source>
        <translation>samtale</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="341"/>
        <source>assessment</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="350"/>
        <source>No supervisor has reviewed this case yet.</source>
        <translation>Ingen leder har gennemset sagen endnu.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="357"/>
        <source>Notification to the municipality</source>
        <translation>Underretning til kommunen</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="359"/>
        <source>Referral to the police-led cooperation</source>
        <translation>Henvisning til det politiledede samarbejde</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="362"/>
        <source>not done – %1</source>
        <translation>ikke sket – %1</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="367"/>
        <source>receipt %1</source>
        <translation>kvittering %1</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="374"/>
        <source>no receipt: it was due %1</source>
        <translation>ingen kvittering: fristen var %1</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="379"/>
        <source>awaiting receipt</source>
        <translation>afventer kvittering</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="407"/>
        <source>Receipt not recorded</source>
        <translation>Kvitteringen blev ikke registreret</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="418"/>
        <source>Case not changed</source>
        <translation>Sagen blev ikke ændret</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../case_list.py" line="142"/>
        <source>Ref</source>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="143"/>
        <source>Subject</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="144"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="145"/>
        <source>District</source>
        <translation>Bydel</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="146"/>
        <source>Latest</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="147"/>
        <source>Next due</source>
        <translation>Næste frist</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="148"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case_list.py" line="198"/>
        <source>(overdue)</source>
        <translation>(overskredet)</translation>
    </message>
</context>
<context>
    <name>CasesPresenter</name>
    <message>
        <location filename="../presenters/cases.py" line="109"/>
        <location filename="../presenters/cases.py" line="148"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
</context>
<context>
    <name>ConsultationEditor</name>
    <message>
        <location filename="../consultation_editor.py" line="160"/>
        <source>New consultation</source>
        <translation>Ny samtale</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="160"/>
        <source>Consultation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="76"/>
        <source>Date and time</source>
        <translation>Dato og klokkeslæt</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="77"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="78"/>
        <source>Who asked</source>
        <translation>Hvem henvendte sig</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="83"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="84"/>
        <source>Duration in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="86"/>
        <source>What the consultation was about</source>
        <translation>Hvad samtalen handlede om</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="89"/>
        <source>Advice given</source>
        <translation>Givet rådgivning</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="93"/>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="106"/>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="107"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="108"/>
        <source>&amp;Who asked:</source>
        <translation>H&amp;vem henvendte sig:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="109"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="110"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="111"/>
        <source>&amp;Advice given:</source>
        <translation>Givet &amp;rådgivning:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="112"/>
        <source>Ne&amp;xt steps:</source>
        <translation>Næste &amp;skridt:</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="132"/>
        <source>This consultation is locked. Saving makes an amendment; the original stays in the history.</source>
        <translation>Samtalen er låst. Når du gemmer, laves en rettelse; originalen bevares i historikken.</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="139"/>
        <source>Restored from an unsaved draft.</source>
        <translation>Hentet fra en kladde, der ikke var gemt.</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="227"/>
        <source>The draft could not be saved: %1</source>
        <translation>Kladden kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="367"/>
        <source>When vinkdesk locked, the unfinished consultation for case %1 could not be kept, so what was typed after its last saved draft is lost. The reason: %2</source>
        <translation>Da vinkdesk låste, kunne den ufærdige samtale i sag %1 ikke gemmes, så det, der blev skrevet efter den sidst gemte kladde, er tabt. Årsagen: %2</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="232"/>
        <source>Draft saved %1</source>
        <translation>Kladde gemt %1</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="274"/>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="298"/>
        <source>Save the changes to this consultation?</source>
        <translation>Gem ændringerne i denne samtale?</translation>
    </message>
    <message>
        <location filename="../consultation_editor.py" line="300"/>
        <source>Keep as draft keeps the text inside the vault, to finish later. Discard deletes what you wrote since the last save.</source>
        <translation>Gem som kladde gemmer teksten i boksen, så du kan gøre den færdig senere. Forkast sletter det, du har skrevet, siden du sidst gemte.</translation>
    </message>
</context>
<context>
    <name>ConsultationListModel</name>
    <message>
        <location filename="../case_page.py" line="81"/>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="93"/>
        <source>Earlier version (amended)</source>
        <translation>Tidligere version (rettet)</translation>
    </message>
    <message>
        <location filename="../case_page.py" line="95"/>
        <source>amended</source>
        <translation>rettet</translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <location filename="../assessment_wizard.py" line="164"/>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <location filename="../coordinator_window.py" line="46"/>
        <source>not read</source>
        <translation>ikke læst</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="47"/>
        <source>not enrolled</source>
        <translation>ikke tilmeldt</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="48"/>
        <source>retired device</source>
        <translation>udgået enhed</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="49"/>
        <source>quarter in the future</source>
        <translation>kvartal i fremtiden</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="50"/>
        <source>temp file</source>
        <translation>midlertidig fil</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="51"/>
        <source>old unsealed files</source>
        <translation>gamle uforseglede filer</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="52"/>
        <source>gap</source>
        <translation>hul</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="53"/>
        <source>rollback</source>
        <translation>tilbagerulning</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="54"/>
        <source>conflict</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="55"/>
        <source>folder refused</source>
        <translation>mappe afvist</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="56"/>
        <source>restored beside its original</source>
        <translation>gendannet ved siden af originalen</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="57"/>
        <source>home older than the share</source>
        <translation>hjemmemappe ældre end fællesmappen</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="66"/>
        <source>Not a valid sealed file (damaged, forged or not written by vinkdesk): not counted.</source>
        <translation>Ikke en gyldig forseglet fil (beskadiget, forfalsket eller ikke skrevet af vinkdesk): ikke talt med.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="70"/>
        <source>From a laptop that is not enrolled: not counted. Enrol it only after its counsellor has read this fingerprint to you.</source>
        <translation>Fra en computer, der ikke er tilmeldt: ikke talt med. Tilmeld den først, når dens rådgiver har læst dette fingeraftryk op for dig.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="76"/>
        <source>From a retired laptop: not counted.</source>
        <translation>Fra en udfaset computer: ikke talt med.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="77"/>
        <source>For a quarter after today: not counted.</source>
        <translation>For et kvartal efter i dag: ikke talt med.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="78"/>
        <source>A temp file: a write in progress, or one that was interrupted. Not counted.</source>
        <translation>En midlertidig fil: en skrivning i gang eller en, der blev afbrudt. Ikke talt med.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="81"/>
        <source>Files of the old unsealed format: never counted, and readable by anyone with access to the share. Ask the share&apos;s administrator to delete them.</source>
        <translation>Filer i det gamle, uforseglede format: tælles aldrig med og kan læses af alle med adgang til fællesmappen. Bed fællesmappens administrator slette dem.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="87"/>
        <source>Files seen before are gone from the share, or none have arrived. Where the coordinator kept a copy, the copy counts.</source>
        <translation>Filer, der er set før, er væk fra fællesmappen, eller der er ikke kommet nogen. Hvor koordinatoren har en kopi, tæller kopien.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="93"/>
        <source>The share holds an older sequence than one seen before (a rollback or a deleted file). The coordinator&apos;s own copy counts.</source>
        <translation>Fællesmappen har et ældre løbenummer end et, der er set før (en tilbagerulning eller en slettet fil). Koordinatorens egen kopi tæller.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="98"/>
        <source>One sequence with two different contents: was this vault copied to a second laptop? Neither is counted; a copy the coordinator accepted earlier still counts.</source>
        <translation>Ét løbenummer med to forskellige indhold: er boksen kopieret til en anden computer? Ingen af dem tælles med; en kopi, koordinatoren tog imod før, tæller stadig.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="103"/>
        <source>The folder of sealed files was refused (a link, or not a folder). Ask the share&apos;s administrator.</source>
        <translation>Mappen med forseglede filer blev afvist (et link eller ikke en mappe). Spørg fællesmappens administrator.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="108"/>
        <source>A laptop restored from another enrolled laptop&apos;s backup: both would count the same cases, so it is not counted. Enrol it as that laptop&apos;s replacement if it is one.</source>
        <translation>En computer gendannet fra en anden tilmeldt computers sikkerhedskopi: begge ville tælle de samme sager, så den tælles ikke med. Tilmeld den som den andens afløser, hvis den er det.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="113"/>
        <source>Your home is older than a checkpoint it left on the share: it was restored or swapped. Restore its newest backup, or find out who changed it.</source>
        <translation>Din hjemmemappe er ældre end et kontrolpunkt, den har efterladt i fællesmappen: den er gendannet eller byttet ud. Gendan dens nyeste sikkerhedskopi, eller find ud af, hvem der har ændret den.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="128"/>
        <source>Choose…</source>
        <translation>Vælg …</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <location filename="../coordinator_window.py" line="147"/>
        <source>Coordinator: enrolment and annual report</source>
        <translation>Koordinator: tilmelding og årsrapport</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="150"/>
        <source>The coordinator&apos;s home folder</source>
        <translation>Koordinatorens hjemmemappe</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="151"/>
        <source>A folder on your own disk, never on the share</source>
        <translation>En mappe på din egen disk, aldrig på fællesmappen</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="153"/>
        <location filename="../coordinator_window.py" line="166"/>
        <source>Share folder</source>
        <translation>Fællesmappe</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="156"/>
        <source>The coordinator&apos;s passphrase</source>
        <translation>Koordinatorens kodeord</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="158"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="160"/>
        <source>Create a coordinator &amp;home…</source>
        <translation>Opret en koordinator-&amp;hjemmemappe …</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="164"/>
        <source>Coordinator&apos;s home:</source>
        <translation>Koordinatorens hjemmemappe:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="164"/>
        <source>Coordinator&apos;s home</source>
        <translation>Koordinatorens hjemmemappe</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="166"/>
        <source>Share folder:</source>
        <translation>Fællesmappe:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="167"/>
        <source>Passphrase:</source>
        <translation>Kodeord:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="175"/>
        <source>The coordination unit&apos;s name</source>
        <translation>Koordinationsenhedens navn</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="178"/>
        <source>The passphrase again</source>
        <translation>Kodeordet igen</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="179"/>
        <source>&amp;Create and publish the key</source>
        <translation>&amp;Opret og offentliggør nøglen</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="181"/>
        <source>New coordinator home</source>
        <translation>Ny koordinator-hjemmemappe</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="183"/>
        <source>Unit&apos;s name:</source>
        <translation>Enhedens navn:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="184"/>
        <source>Passphrase again:</source>
        <translation>Kodeordet igen:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="191"/>
        <source>Fingerprint</source>
        <translation>Fingeraftryk</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="191"/>
        <location filename="../coordinator_window.py" line="202"/>
        <source>Label</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="191"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="196"/>
        <source>Enrolled laptops</source>
        <translation>Tilmeldte computere</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="198"/>
        <source>The laptop&apos;s fingerprint</source>
        <translation>Computerens fingeraftryk</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="203"/>
        <source>e.g. Counsellor 3</source>
        <translation>fx Rådgiver 3</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="205"/>
        <source>Replaces (fingerprint, only for a restored vault)</source>
        <translation>Erstatter (fingeraftryk, kun for en gendannet boks)</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="208"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Tilmeld</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="210"/>
        <source>&amp;Retire the chosen laptop</source>
        <translation>&amp;Udfas den valgte computer</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="213"/>
        <source>Laptop&apos;s fingerprint:</source>
        <translation>Computerens fingeraftryk:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="214"/>
        <source>Label:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="215"/>
        <source>Replaces (restored vault):</source>
        <translation>Erstatter (gendannet boks):</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="221"/>
        <source>Laptops</source>
        <translation>Computere</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="230"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="232"/>
        <source>Folder for the report</source>
        <translation>Mappe til rapporten</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="236"/>
        <source>Smallest figure shown</source>
        <translation>Mindste tal der vises</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="237"/>
        <source>&amp;Make a draft</source>
        <translation>&amp;Lav et udkast</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="239"/>
        <source>Re&amp;lease the draft…</source>
        <translation>&amp;Udgiv udkastet …</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="433"/>
        <source>Reading the share and auditing what would be published…</source>
        <translation>Læser fællesmappen og reviderer det, der ville blive offentliggjort …</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="462"/>
        <source>(audited together with the earlier releases)</source>
        <translation>(revideret sammen med de tidligere udgivelser)</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="555"/>
        <source>release 1</source>
        <translation>udgivelse 1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="465"/>
        <source>Draft of %1 for %2: counted %3 laptop-quarters from %4 laptops; %5 findings listed. It would publish %6 of %7 figures (%8 hidden). The draft is %9 — look at it, then release it.</source>
        <translation>Udkast til %1 for %2: talt %3 kvartaler fra %4 computere; %5 fund er listet. Det ville offentliggøre %6 af %7 tal (%8 skjult). Udkastet er %9 — se det igennem, og udgiv det så.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="480"/>
        <source>Only %1 laptop(s) reported: releasing will ask you to accept the risk.</source>
        <translation>Kun %1 computer(e) har indberettet: når du udgiver, bliver du bedt om at acceptere risikoen.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="495"/>
        <source>Make a draft first and look at it.</source>
        <translation>Lav først et udkast, og se det igennem.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="499"/>
        <source>Publish the draft as %1 of %2? It is kept in the coordinator&apos;s archive; any later change to %2 becomes a revision, audited together with it.</source>
        <translation>Offentliggør udkastet som %1 for %2? Det gemmes i koordinatorens arkiv; enhver senere ændring af %2 bliver en revision, som revideres sammen med det.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="555"/>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="508"/>
        <source>Only %1 laptop(s) reported this year. With fewer than three, each counsellor&apos;s own caseload stands out in the figures: a reader who knows who reported can read them as that counsellor&apos;s cases. Release only if the unit accepts that risk.</source>
        <translation>Kun %1 computer(e) har indberettet i år. Med færre end tre træder hver rådgivers egne sager frem i tallene: en læser, der ved, hvem der har indberettet, kan læse dem som den rådgivers sager. Udgiv kun, hvis enheden accepterer den risiko.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="514"/>
        <location filename="../coordinator_window.py" line="519"/>
        <source>Release</source>
        <translation>Udgiv</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="519"/>
        <source>Release anyway</source>
        <translation>Udgiv alligevel</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="521"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="525"/>
        <source>Nothing was released.</source>
        <translation>Intet blev udgivet.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="545"/>
        <source>Released %1 of %2 on %3 and kept in the archive. Wrote %4 and %5.</source>
        <translation>Udgivet: %1 for %2, den %3, og gemt i arkivet. Skrev %4 og %5.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="244"/>
        <source>Files not counted, and why</source>
        <translation>Filer der ikke blev talt med, og hvorfor</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="246"/>
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="248"/>
        <source>Write the report to:</source>
        <translation>Skriv rapporten til:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="248"/>
        <source>Report folder</source>
        <translation>Rapportmappe</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="250"/>
        <source>Hide figures below:</source>
        <translation>Skjul tal under:</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="256"/>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="266"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="292"/>
        <source>Give the coordinator&apos;s home folder and passphrase.</source>
        <translation>Angiv koordinatorens hjemmemappe og kodeord.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="294"/>
        <source>Opening…</source>
        <translation>Åbner …</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="312"/>
        <source>Give the coordinator&apos;s home folder and the share folder.</source>
        <translation>Angiv koordinatorens hjemmemappe og fællesmappen.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="315"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>De to kodeord er forskellige; intet blev oprettet.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="317"/>
        <source>Creating…</source>
        <translation>Opretter …</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="332"/>
        <source>Created. Read your fingerprint %1 out to each counsellor. Your recovery code, shown only now: %2 — write it down and keep it locked away.</source>
        <translation>Oprettet. Læs dit fingeraftryk %1 op for hver rådgiver. Din gendannelseskode, som kun vises nu: %2 — skriv den ned og opbevar den under lås.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="351"/>
        <source>Opened.</source>
        <translation>Åbnet.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="366"/>
        <source>Your fingerprint (read it to each counsellor): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dit fingeraftryk (læs det op for hver rådgiver): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="374"/>
        <source>replaced by %1</source>
        <translation>erstattet af %1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="376"/>
        <source>retired %1</source>
        <translation>udgået %1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="378"/>
        <source>enrolled %1</source>
        <translation>tilmeldt %1</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="393"/>
        <source>Enrolled %1 as %2.</source>
        <translation>%1 er tilmeldt som %2.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="404"/>
        <source>Choose the laptop to retire in the list first.</source>
        <translation>Vælg først den computer, der skal udfases, i listen.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="414"/>
        <source>Retired %1: what it sent before still counts, nothing new from it is taken.</source>
        <translation>%1 er udfaset: det, den sendte før, tæller stadig med; intet nyt fra den tages imod.</translation>
    </message>
    <message>
        <location filename="../coordinator_window.py" line="458"/>
        <source>Every file on the share was counted.</source>
        <translation>Alle filer i fællesmappen blev talt med.</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../dialogs.py" line="170"/>
        <source>vinkdesk is hidden. Press %1 to show it again.</source>
        <translation>vinkdesk er skjult. Tryk %1 for at vise det igen.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../controller.py" line="97"/>
        <source>Vault on a network drive</source>
        <translation>Boksen ligger på et netværksdrev</translation>
    </message>
    <message>
        <location filename="../controller.py" line="153"/>
        <source>Not everything was kept when vinkdesk locked</source>
        <translation>Ikke alt blev gemt, da vinkdesk låste</translation>
    </message>
    <message>
        <location filename="../controller.py" line="295"/>
        <source>Auto-lock</source>
        <translation>Automatisk lås</translation>
    </message>
    <message>
        <location filename="../controller.py" line="296"/>
        <source>Lock vinkdesk after this many idle minutes:</source>
        <translation>Lås vinkdesk efter så mange minutter uden aktivitet:</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../main_window.py" line="65"/>
        <source>Continue &amp;writing</source>
        <translation>&amp;Fortsæt med at skrive</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="66"/>
        <source>&amp;Discard draft</source>
        <translation>&amp;Kassér kladden</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="80"/>
        <source>An unsaved consultation for case %1 was kept when vinkdesk locked. Continue writing it?</source>
        <translation>En samtale til sag %1, der ikke var gemt, blev bevaret, da vinkdesk låste. Vil du skrive videre på den?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="46"/>
        <source>Nothing was saved there: the file would land in the vault&apos;s own folder, on one of vinkdesk&apos;s own files, or on something that is not a plain file. Choose another folder or file name.</source>
        <translation>Intet blev gemt der: filen ville lande i boksens egen mappe, på en af vinkdesks egne filer eller på noget, der ikke er en almindelig fil. Vælg en anden mappe eller et andet filnavn.</translation>
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
        <translation>Det findes ikke længere i boksen (det kan være slettet). Intet er ændret.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="78"/>
        <source>That passphrase does not open this vault.</source>
        <translation>Den adgangssætning åbner ikke boksen.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="81"/>
        <source>The vault&apos;s database is damaged or belongs to another vault. Nothing was changed: restore the vault from your latest backup.</source>
        <translation>Boksens database er beskadiget eller hører til en anden boks. Intet er ændret: genskab boksen fra din seneste sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="89"/>
        <source>The vault&apos;s key file is missing, damaged or altered. Restore vault.keys from your backup.</source>
        <translation>Boksens nøglefil mangler, er beskadiget eller ændret. Genskab vault.keys fra din sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="96"/>
        <source>This vault was last used by a newer vinkdesk. Update vinkdesk to open it.</source>
        <translation>Boksen er senest brugt af en nyere vinkdesk. Opdatér vinkdesk for at åbne den.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="102"/>
        <source>vinkdesk cannot write in the vault&apos;s folder. Choose a folder you can write in.</source>
        <translation>vinkdesk kan ikke skrive i boksens mappe. Vælg en mappe, du kan skrive i.</translation>
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
        <translation>Boksen er låst. Lås den op igen.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="121"/>
        <source>The assessment form this needs cannot be read; it may belong to a newer vinkdesk. Update vinkdesk, or ask whoever supports it.</source>
        <translation>Vurderingsskemaet, der skal bruges, kan ikke læses; det kan høre til en nyere vinkdesk. Opdatér vinkdesk, eller spørg den, der supporterer det.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="129"/>
        <source>The vault refused this. Nothing was changed.</source>
        <translation>Boksen afviste dette. Intet er ændret.</translation>
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
        <location filename="../first_run.py" line="44"/>
        <source>Welcome to vinkdesk</source>
        <translation>Velkommen til vinkdesk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="49"/>
        <source>vinkdesk keeps your case notes encrypted on this computer. Choose a passphrase that only you know: a few unrelated words in a row are easy to remember and hard to guess.</source>
        <translation>vinkdesk gemmer dine sagsnotater krypteret på denne computer. Vælg en adgangssætning, som kun du kender: nogle få ord, der ikke hænger sammen, er lette at huske og svære at gætte.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="56"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="59"/>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="62"/>
        <source>Repeat passphrase</source>
        <translation>Gentag adgangssætningen</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="67"/>
        <source>Passphrase strength</source>
        <translation>Adgangssætningens styrke</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="79"/>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="80"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="83"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="87"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Opret boks</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="90"/>
        <source>Annual &amp;report (coordinator)…</source>
        <translation>&amp;Årsopgørelse (koordinator) …</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="119"/>
        <source>Type your name: it shows in the audit log, never on a case.</source>
        <translation>Skriv dit navn: det står i loggen, aldrig på en sag.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="124"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Adgangssætningen skal have mindst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="131"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>De to adgangssætninger er forskellige. Skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="135"/>
        <source>Creating the vault and tuning the encryption to this computer…</source>
        <translation>Opretter boksen og tilpasser krypteringen til denne computer …</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../forms.py" line="47"/>
        <source>Give an alias (never the real name), or a name for the group that identifies no one.</source>
        <translation>Angiv et alias (aldrig det rigtige navn) eller et navn på gruppen, som ikke identificerer nogen.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="50"/>
        <source>Enter a birth year between 1920 and this year, or choose &apos;anonymous person&apos;.</source>
        <translation>Angiv et fødselsår mellem 1920 og i år, eller vælg &apos;anonym person&apos;.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="53"/>
        <source>Choose an age band (or &apos;unknown&apos;).</source>
        <translation>Vælg en aldersgruppe (eller &apos;ukendt&apos;).</translation>
    </message>
    <message>
        <location filename="../forms.py" line="54"/>
        <source>A case cannot be opened on a future date.</source>
        <translation>En sag kan ikke oprettes på en fremtidig dato.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="55"/>
        <source>A case cannot close before it was opened.</source>
        <translation>En sag kan ikke lukkes, før den blev oprettet.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="56"/>
        <source>Write what the consultation was about before saving.</source>
        <translation>Skriv, hvad samtalen handlede om, før du gemmer.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="57"/>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>Varigheden skal være mellem 0 og 1440 minutter.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="60"/>
        <source>A consultation cannot lie in the future.</source>
        <translation>En samtale kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="61"/>
        <source>Describe the action.</source>
        <translation>Beskriv handlingen.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="62"/>
        <source>A receipt can only be recorded for a notification that was sent, and not dated before it was sent. Choose the day the municipality confirmed it.</source>
        <translation>En kvittering kan kun registreres for en underretning, der er sendt, og ikke dateres før afsendelsen. Vælg den dag, kommunen bekræftede modtagelsen.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="67"/>
        <source>This version has already been amended; open the latest version.</source>
        <translation>Denne version er allerede rettet; åbn den nyeste version.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="70"/>
        <source>The notes, advice and next steps may hold at most %1 characters together. Shorten the text, or write the rest as a second consultation.</source>
        <translation>Notat, givet rådgivning og næste skridt må tilsammen højst fylde %1 tegn. Gør teksten kortere, eller skriv resten som en ny samtale.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="75"/>
        <source>A search may have at most %1 characters and %2 words. Search for a few telling words.</source>
        <translation>En søgning må højst have %1 tegn og %2 ord. Søg på få ord, der siger mest.</translation>
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
        <translation>Fra nu af åbner din nye adgangssætning boksen; den gamle gør ikke længere.</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="55"/>
        <source>Your new passphrase opens the vault from now on, and the recovery code you used no longer does. This is your new recovery code:</source>
        <translation>Fra nu af åbner din nye adgangssætning boksen, og gendannelseskoden, du brugte, virker ikke længere. Dette er din nye gendannelseskode:</translation>
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
        <translation>%1 kan nu åbne boksen.</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="141"/>
        <source>Remove a supervisor</source>
        <translation>Fjern en leder</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="143"/>
        <source>%1 will no longer open this vault. The vault is re-encrypted under a new key, which takes a moment; their passphrase and every old copy of the key file stop working.</source>
        <translation>%1 kan ikke længere åbne boksen. Boksen krypteres igen under en ny nøgle, hvilket tager et øjeblik; lederens adgangssætning og enhver gammel kopi af nøglefilen holder op med at virke.</translation>
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
        <translation>Krypterer boksen igen under en ny nøgle …</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="160"/>
        <source>%1 was removed; the vault now has a new key.</source>
        <translation>%1 er fjernet; boksen har nu en ny nøgle.</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="174"/>
        <source>Replace the vault&apos;s key</source>
        <translation>Udskift boksens nøgle</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="176"/>
        <source>The vault is re-encrypted under a new key; your passphrase, your recovery code and the supervisors&apos; passphrases keep working, but no old copy of the key file (in a backup, say) opens the vault from now on. It takes a moment.</source>
        <translation>Boksen krypteres igen under en ny nøgle; din adgangssætning, din gendannelseskode og ledernes adgangssætninger virker fortsat, men ingen gammel kopi af nøglefilen (fx i en sikkerhedskopi) åbner boksen herefter. Det tager et øjeblik.</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="180"/>
        <source>&amp;Replace the key</source>
        <translation>&amp;Udskift nøglen</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="186"/>
        <source>Replacing the vault&apos;s key</source>
        <translation>Udskifter boksens nøgle</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="194"/>
        <source>Key replaced</source>
        <translation>Nøglen er udskiftet</translation>
    </message>
    <message>
        <location filename="../presenters/keys.py" line="195"/>
        <source>The vault now has a new key; old copies of the key file no longer open it.</source>
        <translation>Boksen har nu en ny nøgle; gamle kopier af nøglefilen åbner den ikke længere.</translation>
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
        <location filename="../main_window.py" line="139"/>
        <location filename="../main_window.py" line="185"/>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Status filter</source>
        <translation>Filtrér på status</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144"/>
        <source>Open cases</source>
        <translation>Åbne sager</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>Closed cases</source>
        <translation>Afsluttede sager</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146"/>
        <source>All cases</source>
        <translation>Alle sager</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>Level filter</source>
        <translation>Filtrér på niveau</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>All levels</source>
        <translation>Alle niveauer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>District filter</source>
        <translation>Filtrér på bydel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>All districts</source>
        <translation>Alle bydele</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="158"/>
        <source>&amp;Mine only</source>
        <translation>Kun &amp;mine</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160"/>
        <source>Find by ref or alias…</source>
        <translation>Find på sagsnr. eller alias …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161"/>
        <source>Find by ref or alias</source>
        <translation>Find på sagsnr. eller alias</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170"/>
        <source>New &amp;case</source>
        <translation>Ny &amp;sag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <location filename="../main_window.py" line="325"/>
        <source>Search in consultations</source>
        <translation>Søg i samtaler</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>Choose a case in the list, or open a new one.</source>
        <translation>Vælg en sag på listen, eller opret en ny.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="215"/>
        <source>counsellor</source>
        <translation>rådgiver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="215"/>
        <source>supervisor</source>
        <translation>leder</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="217"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Logget ind som %1 (%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>Working</source>
        <translation>Arbejder</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>&amp;New case…</source>
        <translation>&amp;Ny sag …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Lås nu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>&amp;Hide screen</source>
        <translation>&amp;Skjul skærmen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>&amp;Search in consultations</source>
        <translation>S&amp;øg i samtaler</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>&amp;Find case</source>
        <translation>&amp;Find sag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>&amp;Auto-lock after…</source>
        <translation>&amp;Automatisk lås efter …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Skift adgangssætning …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="276"/>
        <source>New &amp;recovery code…</source>
        <translation>Ny &amp;gendannelseskode …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277"/>
        <source>&amp;Supervisors…</source>
        <translation>&amp;Ledere …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278"/>
        <source>Replace the vault&apos;s &amp;key…</source>
        <translation>Udskift boksens &amp;nøgle …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="279"/>
        <source>Re&amp;tention and lock periods…</source>
        <translation>&amp;Opbevarings- og låseperioder …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="285"/>
        <source>&amp;Tools</source>
        <translation>Vær&amp;ktøjer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="287"/>
        <source>&amp;Sync anonymised counts…</source>
        <translation>&amp;Synkronisér anonymiserede tal …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>&amp;Annual report (coordinator)…</source>
        <translation>&amp;Årsopgørelse (koordinator) …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="294"/>
        <source>&amp;Review queue…</source>
        <translation>&amp;Gennemsynskø …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295"/>
        <source>Re&amp;turned to me…</source>
        <translation>Sendt &amp;tilbage til mig …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296"/>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Logbog …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>&amp;Delete after the retention period…</source>
        <translation>&amp;Sletning efter opbevaringsperioden …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318"/>
        <source>Lock vinkdesk now: the notes close and the key is forgotten</source>
        <translation>Lås vinkdesk nu: notaterne lukkes, og nøglen glemmes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321"/>
        <source>Hide the screen at once (someone looking over your shoulder); again to show</source>
        <translation>Skjul skærmen med det samme (hvis nogen kigger med); tryk igen for at vise den</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323"/>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324"/>
        <source>Find a case by ref or alias</source>
        <translation>Find en sag på sagsnr. eller alias</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326"/>
        <source>Refresh the case list</source>
        <translation>Opdater sagslisten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327"/>
        <source>Open the chosen consultation or search hit</source>
        <translation>Åbn den valgte samtale eller det valgte søgeresultat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="334"/>
        <source>vinkdesk also locks by itself after a few idle minutes (Settings), and when the screen locks or the computer sleeps.</source>
        <translation>vinkdesk låser også af sig selv efter nogle minutter uden aktivitet (Indstillinger), og når skærmen låses, eller computeren går i dvale.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="341"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="360"/>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../new_case_dialog.py" line="43"/>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="45"/>
        <source>Subject</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="47"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="48"/>
        <source>An alias, never the real name</source>
        <translation>Et alias, aldrig det rigtige navn</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="52"/>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="53"/>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="55"/>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="57"/>
        <source>District</source>
        <translation>Bydel</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="58"/>
        <source>Concern</source>
        <translation>Bekymring</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="60"/>
        <source>Raised by</source>
        <translation>Henvendt af</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="64"/>
        <source>Opened on</source>
        <translation>Oprettet den</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="70"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Hvem:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="71"/>
        <source>&amp;Alias or group name:</source>
        <translation>&amp;Alias eller gruppens navn:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="72"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Fødselsår:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="73"/>
        <source>A&amp;ge band:</source>
        <translation>Alders&amp;gruppe:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="74"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Køn:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="75"/>
        <source>&amp;District:</source>
        <translation>&amp;Bydel:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="76"/>
        <source>&amp;Concern:</source>
        <translation>B&amp;ekymring:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="77"/>
        <source>&amp;Raised by:</source>
        <translation>Henvendt &amp;af:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="78"/>
        <source>&amp;Opened on:</source>
        <translation>&amp;Oprettet den:</translation>
    </message>
    <message>
        <location filename="../new_case_dialog.py" line="82"/>
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
        <translation>Du åbnede vinkdesk med gendannelseskoden. Vælg en ny adgangssætning nu: så krypteres boksen igen under en ny nøgle, gendannelseskoden, du brugte, holder op med at virke, og du får en ny, som du skal gemme sikkert.</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="81"/>
        <source>Type your current passphrase, then the new one twice. From now on only the new one opens the vault.</source>
        <translation>Skriv din nuværende adgangssætning og derefter den nye to gange. Herefter åbner kun den nye boksen.</translation>
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
        <location filename="../sync_panel.py" line="380"/>
        <source>What leaves this laptop</source>
        <translation>Det, der forlader denne computer</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <location filename="../data_protection.py" line="146"/>
        <source>Retention and lock periods</source>
        <translation>Opbevarings- og låseperioder</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="149"/>
        <source>&amp;Lock a consultation after (days):</source>
        <translation>&amp;Lås en samtale efter (dage):</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="150"/>
        <source>&amp;Keep closed cases (years):</source>
        <translation>&amp;Behold lukkede sager (år):</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="151"/>
        <source>Keep &amp;audit rows (years):</source>
        <translation>Behold &amp;logbogsrækker (år):</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="152"/>
        <source>Keep what was typed into &amp;searches (months):</source>
        <translation>Behold det, der blev &amp;søgt på (måneder):</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="166"/>
        <source>A locked consultation can only be amended, never changed. Closed cases past the retention period are offered for deletion under Tools. Search words are erased from the audit trail after the period you set.</source>
        <translation>En låst samtale kan kun tilføjes en rettelse, aldrig ændres. Lukkede sager, hvis opbevaringsperiode er udløbet, tilbydes til sletning under Værktøjer. Søgeord slettes fra logbogen efter den periode, du vælger.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../print_preview.py" line="67"/>
        <source>%1 pages</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="69"/>
        <source>Print status</source>
        <translation>Udskriftsstatus</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="73"/>
        <source>Print progress</source>
        <translation>Udskriftens fremdrift</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="75"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="76"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF …</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="77"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="129"/>
        <source>Sending to the printer…</source>
        <translation>Sender til printeren …</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="131"/>
        <source>Preparing the pages for the printer…</source>
        <translation>Gør siderne klar til printeren …</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="139"/>
        <source>Preparing page %1 of %2 for the printer…</source>
        <translation>Gør side %1 af %2 klar til printeren …</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="151"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="155"/>
        <source>Printed, but not recorded</source>
        <translation>Udskrevet, men ikke registreret</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="158"/>
        <source>Not printed.</source>
        <translation>Ikke udskrevet.</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="160"/>
        <location filename="../print_preview.py" line="164"/>
        <source>Not printed</source>
        <translation>Ikke udskrevet</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="166"/>
        <source>The report was not printed: the printer or the print service refused it. Check that the printer is switched on and connected, or choose another printer, and try again.</source>
        <translation>Rapporten blev ikke udskrevet: printeren eller udskriftstjenesten afviste den. Tjek, at printeren er tændt og forbundet, eller vælg en anden printer, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="182"/>
        <location filename="../print_preview.py" line="192"/>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="184"/>
        <source>The saved file is not encrypted: anyone who can open the folder can read it. Save it only where your unit allows, and delete it when it has served its purpose.</source>
        <translation>Den gemte fil er ikke krypteret: alle, der kan åbne mappen, kan læse den. Gem den kun, hvor enheden tillader det, og slet den, når den har gjort sin nytte.</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="192"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../print_preview.py" line="205"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>PrintingPresenter</name>
    <message>
        <location filename="../presenters/printing.py" line="65"/>
        <source>Consultation summary – %1</source>
        <translation>Rådgivningsresumé – %1</translation>
    </message>
    <message>
        <location filename="../presenters/printing.py" line="70"/>
        <source>Consultation summary</source>
        <translation>Rådgivningsresumé</translation>
    </message>
    <message>
        <location filename="../presenters/printing.py" line="90"/>
        <source>Right of access – %1</source>
        <translation>Indsigt – %1</translation>
    </message>
    <message>
        <location filename="../presenters/printing.py" line="95"/>
        <source>Right of access</source>
        <translation>Indsigt</translation>
    </message>
    <message>
        <location filename="../presenters/printing.py" line="114"/>
        <source>Audit extract – %1</source>
        <translation>Udtræk af logbogen – %1</translation>
    </message>
    <message>
        <location filename="../presenters/printing.py" line="118"/>
        <source>Audit extract</source>
        <translation>Udtræk af logbogen</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <location filename="../assessment_wizard.py" line="96"/>
        <source>Last time: %1</source>
        <translation>Sidst: %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="99"/>
        <source>What you base it on (optional)</source>
        <translation>Hvad du bygger det på (valgfrit)</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="100"/>
        <source>Evidence for %1</source>
        <translation>Grundlag for %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="102"/>
        <source>Source for %1</source>
        <translation>Kilde til %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="103"/>
        <source>Source…</source>
        <translation>Kilde …</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../first_run.py" line="173"/>
        <source>Your recovery code</source>
        <translation>Din gendannelseskode</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="178"/>
        <source>If you forget your passphrase, this code is the only way into your notes. It is shown only now. Save the recovery sheet and print it, or write the code down, and keep it locked away from the computer.</source>
        <translation>Glemmer du din adgangssætning, er denne kode den eneste vej ind til dine notater. Den vises kun nu. Gem gendannelsesarket og udskriv det, eller skriv koden ned, og opbevar den aflåst og adskilt fra computeren.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="192"/>
        <source>Recovery code</source>
        <translation>Gendannelseskode</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="194"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Udskriv gendannelsesark …</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="196"/>
        <source>&amp;Save recovery sheet as PDF…</source>
        <translation>&amp;Gem gendannelsesark som PDF …</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="198"/>
        <source>I have saved or written down the recovery code</source>
        <translation>Jeg har gemt eller skrevet gendannelseskoden ned</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="201"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsæt</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="227"/>
        <source>Recovery sheet</source>
        <translation>Gendannelsesark</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="237"/>
        <source>Save recovery sheet</source>
        <translation>Gem gendannelsesark</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="237"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="251"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="270"/>
        <source>vinkdesk locked while your new recovery code was on the screen, before you had ticked that it was saved. That code already replaced the old one, so you may have no recovery code you know: make a new one now (Settings → New recovery code…) and keep it safe.</source>
        <translation>vinkdesk låste, mens din nye gendannelseskode stod på skærmen, før du havde sat flueben ved, at den var gemt. Koden har allerede erstattet den gamle, så du har måske ingen gendannelseskode, du kender: lav en ny nu (Indstillinger → Ny gendannelseskode …), og gem den sikkert.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../data_protection.py" line="35"/>
        <source>Delete after the retention period</source>
        <translation>Sletning efter opbevaringsperioden</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="39"/>
        <source>Closed cases older than the retention period (%1 years). Deleting removes the case with its notes, assessments, actions and search index for good; the audit trail keeps only that a case was deleted.</source>
        <translation>Lukkede sager ældre end opbevaringsperioden (%1 år). Sletning fjerner sagen med notater, vurderinger, handlinger og søgeindeks for altid; logbogen bevarer kun, at en sag blev slettet.</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="46"/>
        <source>Cases due for deletion</source>
        <translation>Sager, der skal slettes</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="47"/>
        <source>&amp;Delete the chosen case…</source>
        <translation>&amp;Slet den valgte sag …</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="51"/>
        <source>&amp;Purge audit rows older than %1 years</source>
        <translation>&amp;Ryd logbogsrækker ældre end %1 år</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="71"/>
        <source>%1, closed %2</source>
        <translation>%1, lukket %2</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="85"/>
        <source>Delete for good?</source>
        <translation>Slet for altid?</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="87"/>
        <source>%1 and everything in it will be deleted and cannot be restored except from a backup.</source>
        <translation>%1 og alt i den bliver slettet og kan kun genskabes fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="96"/>
        <source>Deleting, and rewriting the vault so no trace of the case stays…</source>
        <translation>Sletter og omskriver boksen, så intet spor af sagen bliver tilbage …</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="101"/>
        <source>The case is deleted and no trace of it is left in the vault&apos;s file.</source>
        <translation>Sagen er slettet, og der er ingen spor af den tilbage i boksens fil.</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="104"/>
        <source>The case is deleted. Its last traces in the vault&apos;s file could not be removed yet because the vault was busy; vinkdesk finishes that by itself at the next unlock.</source>
        <translation>Sagen er slettet. Dens sidste spor i boksens fil kunne ikke fjernes endnu, fordi boksen var optaget; vinkdesk gør det færdigt af sig selv ved næste oplåsning.</translation>
    </message>
    <message>
        <location filename="../data_protection.py" line="126"/>
        <source>%1 audit rows older than %2 were purged.</source>
        <translation>%1 logbogsrækker ældre end %2 blev ryddet.</translation>
    </message>
</context>
<context>
    <name>ReturnedDialog</name>
    <message>
        <location filename="../supervision.py" line="226"/>
        <source>Returned to me</source>
        <translation>Sendt tilbage til mig</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="229"/>
        <source>Work a supervisor returned to you</source>
        <translation>Arbejde, en leder har sendt tilbage til dig</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="236"/>
        <source>Nothing has been returned to you.</source>
        <translation>Intet er sendt tilbage til dig.</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="241"/>
        <source>Open a case to amend the consultation or make a new assessment.</source>
        <translation>Åbn en sag for at rette samtalen eller lave en ny vurdering.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message>
        <location filename="../supervision.py" line="118"/>
        <source>Review queue</source>
        <translation>Gennemsynskø</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="121"/>
        <source>Work waiting for review, oldest first</source>
        <translation>Arbejde, der venter på gennemsyn, ældste først</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="124"/>
        <source>The chosen work</source>
        <translation>Det valgte arbejde</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="126"/>
        <source>Comment (needed to return or comment)</source>
        <translation>Kommentar (kræves for at sende tilbage eller kommentere)</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="127"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="130"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="131"/>
        <source>&amp;Return with comment</source>
        <translation>&amp;Send tilbage med kommentar</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="132"/>
        <source>&amp;Comment only</source>
        <translation>&amp;Kun kommentar</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="133"/>
        <source>Open the &amp;case</source>
        <translation>Åbn &amp;sagen</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="160"/>
        <source>Consultation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="160"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="167"/>
        <source>Nothing is waiting for review.</source>
        <translation>Intet venter på gennemsyn.</translation>
    </message>
    <message>
        <location filename="../supervision.py" line="195"/>
        <source>Suggested: %1. Chosen: %2.</source>
        <translation>Foreslået: %1. Valgt: %2.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../search_panel.py" line="63"/>
        <source>Search in consultations…</source>
        <translation>Søg i samtaler …</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="64"/>
        <source>Search in consultations</source>
        <translation>Søg i samtaler</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="73"/>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="99"/>
        <source>Searching…</source>
        <translation>Søger …</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="113"/>
        <source>No consultation matches.</source>
        <translation>Ingen samtaler passer.</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="116"/>
        <source>The newest %1 matches; add a word to narrow the search.</source>
        <translation>De nyeste %1 resultater; tilføj et ord for at indsnævre søgningen.</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="119"/>
        <source>%1 matches</source>
        <translation>%1 resultater</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../summary_dialog.py" line="27"/>
        <source>Consultation summary</source>
        <translation>Rådgivningsresumé</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="29"/>
        <source>&amp;All consultations</source>
        <translation>&amp;Alle samtaler</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="30"/>
        <source>Consultations in a &amp;period:</source>
        <translation>Samtaler i en &amp;periode:</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="31"/>
        <source>Only the &amp;chosen consultation</source>
        <translation>Kun den &amp;valgte samtale</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="38"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="38"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="56"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vis udskrift</translation>
    </message>
    <message>
        <location filename="../summary_dialog.py" line="78"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../assessment_wizard.py" line="300"/>
        <location filename="../assessment_wizard.py" line="353"/>
        <source>Suggested level</source>
        <translation>Foreslået niveau</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="306"/>
        <source>Your decision</source>
        <translation>Din beslutning</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="316"/>
        <location filename="../assessment_wizard.py" line="423"/>
        <source>Why you choose another level than the one suggested</source>
        <translation>Hvorfor du vælger et andet niveau end det foreslåede</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="317"/>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="321"/>
        <source>Add to the action plan</source>
        <translation>Føj til handleplanen</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="324"/>
        <source>Duties</source>
        <translation>Pligter</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="353"/>
        <source>Gaps in what is known</source>
        <translation>Huller i det, der vides</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="355"/>
        <source>Not determined: unknown is not the same as green. Gather information.</source>
        <translation>Ikke afgjort: ukendt er ikke det samme som grønt. Indhent oplysninger.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="356"/>
        <source>On what is rated: %1</source>
        <translation>Ud fra det, der er vurderet: %1</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="363"/>
        <source>Find out first</source>
        <translation>Find ud af først</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="376"/>
        <source>Not determined</source>
        <translation>Ikke afgjort</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="388"/>
        <source>This is the case&apos;s first assessment.</source>
        <translation>Dette er sagens første vurdering.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="392"/>
        <source>Changed since the assessment of %1:</source>
        <translation>Ændret siden vurderingen %1:</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="396"/>
        <source>nothing.</source>
        <translation>intet.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="399"/>
        <source>(new)</source>
        <translation>(ny)</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="400"/>
        <source>(removed)</source>
        <translation>(udgået)</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="421"/>
        <source>Why green is right although key factors are unknown</source>
        <translation>Hvorfor grønt er rigtigt, selv om centrale faktorer er ukendte</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="452"/>
        <source>Notified the municipality on</source>
        <translation>Underrettet kommunen den</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="452"/>
        <source>Not notified, because</source>
        <translation>Ikke underrettet, fordi</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="453"/>
        <source>Referred on</source>
        <translation>Henvist den</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="453"/>
        <source>Not referred, because</source>
        <translation>Ikke henvist, fordi</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="532"/>
        <source>Choose a level.</source>
        <translation>Vælg et niveau.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="535"/>
        <source>You chose another level than the one suggested: write why.</source>
        <translation>Du har valgt et andet niveau end det foreslåede: skriv hvorfor.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="540"/>
        <source>Key factors are unknown, so green is not an all-clear: write why green is right.</source>
        <translation>Centrale faktorer er ukendte, så grønt er ikke en frikendelse: skriv, hvorfor grønt er rigtigt.</translation>
    </message>
    <message>
        <location filename="../assessment_wizard.py" line="546"/>
        <source>Answer the duty above: done on a date, or not done and why.</source>
        <translation>Besvar pligten ovenfor: sket på en dato, eller ikke sket og hvorfor.</translation>
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
        <translation>Ledere åbner boksen med deres egen adgangssætning for at gennemse dine notater; de kan ikke ændre dem. Når en leder fjernes, krypteres boksen igen under en ny nøgle: lederens adgangssætning og enhver gammel kopi af nøglefilen åbner den ikke længere.</translation>
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
        <translation>&amp;Udskift boksens nøgle …</translation>
    </message>
    <message>
        <location filename="../key_dialogs.py" line="274"/>
        <source>Re-encrypt the vault under a new key, for example after a laptop or backup went missing</source>
        <translation>Kryptér boksen igen under en ny nøgle, fx hvis en computer eller en sikkerhedskopi er blevet væk</translation>
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
        <location filename="../sync_panel.py" line="61"/>
        <source>Active cases</source>
        <translation>Aktive sager</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="62"/>
        <source>New cases</source>
        <translation>Nye sager</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="63"/>
        <source>Closed cases</source>
        <translation>Afsluttede sager</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="64"/>
        <source>New cases by district</source>
        <translation>Nye sager efter bydel</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="65"/>
        <source>New cases by age</source>
        <translation>Nye sager efter alder</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="66"/>
        <source>New cases by gender</source>
        <translation>Nye sager efter køn</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="67"/>
        <source>New cases by concern</source>
        <translation>Nye sager efter bekymringstype</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="68"/>
        <source>Consultations by channel</source>
        <translation>Samtaler efter kanal</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="69"/>
        <source>Consultations by who asked</source>
        <translation>Samtaler efter hvem der henvendte sig</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="70"/>
        <source>Level changes (from row to column)</source>
        <translation>Niveauskift (fra række til kolonne)</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="76"/>
        <source>Nothing has changed since the last sync: nothing would be written.</source>
        <translation>Intet er ændret siden sidste synkronisering: intet ville blive skrevet.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="87"/>
        <source>Laptop %1, sequence %2, signed and sealed so only the coordinator can open it.</source>
        <translation>Computer %1, løbenummer %2, signeret og forseglet, så kun koordinatoren kan åbne den.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="96"/>
        <source>Also inside: the audit trail&apos;s head (row %1, digest %2), as a witness against later changes to the trail.</source>
        <translation>Også med: revisionssporets seneste række (række %1, kontrolsum %2) som vidne mod senere ændringer af sporet.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="107"/>
        <source>Restored from a backup of the laptop %1.</source>
        <translation>Gendannet fra en sikkerhedskopi af computeren %1.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="163"/>
        <source>Sync anonymised counts</source>
        <translation>Synkronisér anonymiserede tal</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="167"/>
        <source>Only counts leave this laptop: no names, case numbers, notes or dates finer than a quarter. They are sealed so that only the coordinator can open them, and the coordinator sums every enrolled laptop&apos;s counts into the annual report.</source>
        <translation>Kun optællinger forlader denne computer: ingen navne, sagsnumre, notater eller datoer finere end et kvartal. De forsegles, så kun koordinatoren kan åbne dem, og koordinatoren lægger alle tilmeldte computeres tal sammen i årsrapporten.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="174"/>
        <location filename="../sync_panel.py" line="302"/>
        <source>Share folder</source>
        <translation>Fællesmappe</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="175"/>
        <source>The unit&apos;s network folder</source>
        <translation>Enhedens netværksmappe</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="176"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg …</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="179"/>
        <source>Share folder:</source>
        <translation>Fællesmappe:</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="188"/>
        <source>The coordinator&apos;s fingerprint</source>
        <translation>Koordinatorens fingeraftryk</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="190"/>
        <source>C&amp;onfirm</source>
        <translation>&amp;Bekræft</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="196"/>
        <source>Enrolment</source>
        <translation>Tilmelding</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="202"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="202"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="202"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="206"/>
        <source>Quarters</source>
        <translation>Kvartaler</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="210"/>
        <source>&amp;Show what leaves this laptop…</source>
        <translation>&amp;Vis, hvad der forlader denne computer …</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="213"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisér nu</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="215"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="250"/>
        <source>Synced</source>
        <translation>Synkroniseret</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="250"/>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="250"/>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="257"/>
        <source>sequence %1</source>
        <translation>løbenummer %1</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="268"/>
        <source>The last sync could not be finished. Press Sync now to try again and see why.</source>
        <translation>Den seneste synkronisering kunne ikke gennemføres. Tryk på Synkronisér nu for at prøve igen og se hvorfor.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="273"/>
        <source>This laptop&apos;s fingerprint: &lt;b&gt;%1&lt;/b&gt; — read it to the coordinator, who enrols it.</source>
        <translation>Denne computers fingeraftryk: &lt;b&gt;%1&lt;/b&gt; — læs det op for koordinatoren, som tilmelder den.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="278"/>
        <source>This vault was restored from a backup of the laptop %1: ask the coordinator to enrol this laptop as its replacement.</source>
        <translation>Denne boks er gendannet fra en sikkerhedskopi af computeren %1: bed koordinatoren tilmelde denne computer som dens afløser.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="286"/>
        <source>Coordinator confirmed: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Koordinator bekræftet: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="292"/>
        <source>The coordinator is not confirmed yet, so nothing is sent. Ask the coordinator to read out their fingerprint and type it here:</source>
        <translation>Koordinatoren er ikke bekræftet endnu, så intet bliver sendt. Bed koordinatoren læse sit fingeraftryk op, og skriv det her:</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="326"/>
        <location filename="../sync_panel.py" line="348"/>
        <source>Choose the share folder first.</source>
        <translation>Vælg først fællesmappen.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="338"/>
        <source>The coordinator %1 is confirmed. Sync now sends the counts.</source>
        <translation>Koordinatoren %1 er bekræftet. Synkronisér nu sender tallene.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="353"/>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="360"/>
        <source>%1 quarter(s) sealed and added to the share.</source>
        <translation>%1 kvartal(er) forseglet og lagt i fællesmappen.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="372"/>
        <source>The last try failed; it is tried again at the next sync. See the message below.</source>
        <translation>Sidste forsøg mislykkedes; der prøves igen ved næste synkronisering. Se beskeden nedenfor.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="366"/>
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
        <source>Annual &amp;report (coordinator)…</source>
        <translation>&amp;Årsopgørelse (koordinator) …</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="125"/>
        <source>Type your passphrase first.</source>
        <translation>Skriv først din adgangssætning.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="155"/>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Den adgangssætning åbner ikke boksen. Tjek Caps Lock og tastaturlayoutet, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="174"/>
        <source>The vault was not closed properly</source>
        <translation>Boksen blev ikke lukket ordentligt</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="176"/>
        <source>vinkdesk was stopped without closing the vault (killed, crashed or lost power), and the log of its last changes is damaged. Opening it now keeps %1 saved changes and drops %2 made after the damage, for good. First copy the whole folder %3 somewhere safe; then either restore your latest backup, or open it anyway and enter again what is missing.</source>
        <translation>vinkdesk blev stoppet uden at lukke boksen (lukket ned, gik ned eller mistede strømmen), og loggen over de sidste ændringer er beskadiget. Åbnes boksen nu, beholdes %1 gemte ændringer, og %2 ændringer fra efter skaden forsvinder for altid. Kopiér først hele mappen %3 et sikkert sted hen; genskab derefter din seneste sikkerhedskopi, eller åbn alligevel, og skriv det, der mangler, ind igen.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="187"/>
        <source>&amp;Open anyway</source>
        <translation>&amp;Åbn alligevel</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="197"/>
        <source>Nothing was opened. Copy the folder %1 first, then restore or open anyway.</source>
        <translation>Intet blev åbnet. Kopiér først mappen %1, og genskab derefter eller åbn alligevel.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="208"/>
        <source>That passphrase does not open this vault. You can try again now.</source>
        <translation>Den adgangssætning åbner ikke boksen. Du kan prøve igen nu.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="215"/>
        <source>That passphrase does not open this vault. Wait %1 seconds before trying again.</source>
        <translation>Den adgangssætning åbner ikke boksen. Vent %1 sekunder, før du prøver igen.</translation>
    </message>
</context>
</TS>
