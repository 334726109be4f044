"""The features of the windows, each a small presenter that opens its dialogs through the one registry
(vinkdesk.ui.dialogs.OpenDialogs) and asks the Session through the Context: cases and assessments,
supervision, keys and passphrases, sync and the annual report, printing. DesktopApp keeps only the life
cycle."""
