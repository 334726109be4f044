<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../audit_log.py" line="235"/>
        <source>%n row(s), newest first</source>
        <translation>
            <numerusform>%n row, newest first</numerusform>
            <numerusform>%n rows, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_log.py" line="261"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message numerus="yes">
        <location filename="../case_page.py" line="547"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="484"/>
        <source>counted %n laptop-quarter(s)</source>
        <translation>
            <numerusform>counted %n laptop-quarter</numerusform>
            <numerusform>counted %n laptop-quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="485"/>
        <source>from %n laptop(s);</source>
        <translation>
            <numerusform>from %n laptop;</numerusform>
            <numerusform>from %n laptops;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="486"/>
        <source>%n finding(s) listed.</source>
        <translation>
            <numerusform>%n finding listed.</numerusform>
            <numerusform>%n findings listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="487"/>
        <source>It would publish %1 of %2 figures (%n hidden).</source>
        <translation>
            <numerusform>It would publish %1 of %2 figures (%n hidden).</numerusform>
            <numerusform>It would publish %1 of %2 figures (%n hidden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="495"/>
        <source>Only %n laptop(s) reported: releasing will ask you to accept the risk.</source>
        <translation>
            <numerusform>Only %n laptop reported: releasing will ask you to accept the risk.</numerusform>
            <numerusform>Only %n laptops reported: releasing will ask you to accept the risk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coordinator_window.py" line="523"/>
        <source>Only %n laptop(s) reported this year. With fewer than three, each counsellor&apos;s own caseload stands out in the figures: a reader who knows who reported can read them as that counsellor&apos;s cases. Release only if the unit accepts that risk.</source>
        <translation>
            <numerusform>Only %n laptop reported this year. With fewer than three, each counsellor&apos;s own caseload stands out in the figures: a reader who knows who reported can read them as that counsellor&apos;s cases. Release only if the unit accepts that risk.</numerusform>
            <numerusform>Only %n laptops reported this year. With fewer than three, each counsellor&apos;s own caseload stands out in the figures: a reader who knows who reported can read them as that counsellor&apos;s cases. Release only if the unit accepts that risk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../main_window.py" line="585"/>
        <source>%n case(s) overdue for review</source>
        <translation>
            <numerusform>%n case overdue for review</numerusform>
            <numerusform>%n cases overdue for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message numerus="yes">
        <location filename="../print_preview.py" line="73"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../data_protection.py" line="40"/>
        <source>Closed cases older than the retention period (%n year(s)). Deleting removes the case with its notes, assessments, actions and search index for good; the audit log keeps only that a case was deleted.</source>
        <translation>
            <numerusform>Closed cases older than the retention period (%n year). Deleting removes the case with its notes, assessments, actions and search index for good; the audit log keeps only that a case was deleted.</numerusform>
            <numerusform>Closed cases older than the retention period (%n years). Deleting removes the case with its notes, assessments, actions and search index for good; the audit log keeps only that a case was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../data_protection.py" line="54"/>
        <source>&amp;Purge audit log rows older than %n year(s)</source>
        <translation>
            <numerusform>&amp;Purge audit log rows older than %n year</numerusform>
            <numerusform>&amp;Purge audit log rows older than %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../data_protection.py" line="129"/>
        <source>%n audit log row(s) older than %1 were purged.</source>
        <translation>
            <numerusform>%n audit log row older than %1 was purged.</numerusform>
            <numerusform>%n audit log rows older than %1 were purged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message numerus="yes">
        <location filename="../review_detail.py" line="129"/>
        <location filename="../review_detail.py" line="180"/>
        <location filename="../review_detail.py" line="181"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <location filename="../review_date.py" line="59"/>
        <source>Record the day the case was reviewed. The next review follows from its level: %n week(s) later.</source>
        <translation>
            <numerusform>Record the day the case was reviewed. The next review follows from its level: %n week later.</numerusform>
            <numerusform>Record the day the case was reviewed. The next review follows from its level: %n weeks later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message numerus="yes">
        <location filename="../review_queue.py" line="335"/>
        <source>%n item(s) waiting</source>
        <translation>
            <numerusform>%n item waiting</numerusform>
            <numerusform>%n items waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../review_queue.py" line="337"/>
        <source>Showing %n of %1</source>
        <translation>
            <numerusform>Showing %n of %1</numerusform>
            <numerusform>Showing %n of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../search_panel.py" line="231"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionPresenter</name>
    <message numerus="yes">
        <location filename="../presenters/supervision.py" line="43"/>
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../presenters/supervision.py" line="45"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message numerus="yes">
        <location filename="../sync_panel.py" line="382"/>
        <source>%n quarter(s) sealed and added to the share.</source>
        <translation>
            <numerusform>%n quarter sealed and added to the share.</numerusform>
            <numerusform>%n quarters sealed and added to the share.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message numerus="yes">
        <location filename="../unlock_dialog.py" line="226"/>
        <source>That passphrase does not open this vault. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>That passphrase does not open this vault. Wait %n second before trying again.</numerusform>
            <numerusform>That passphrase does not open this vault. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
</TS>
