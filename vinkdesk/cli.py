"""The command line: `vinkdesk` opens the windows; sub-commands serve scripts, administrators and the
coordinator. Every command goes through the same Session as the windows."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import re
import shlex
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from vinkdesk import __version__
from vinkdesk.coordinator.errors import CoordinatorError
from vinkdesk.session import Session
from vinkdesk.vault import Home, KdfParams, VaultError, resolve_home
from vinkdesk.vault.backup import restore_backup

log = logging.getLogger(__name__)

PASSPHRASE_VARIABLE = "VINKDESK_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "VINKDESK_NEW_PASSPHRASE"

if TYPE_CHECKING:
    from vinkdesk.coordinator.home import Coordinator
    from vinkdesk.sync.publish import Release
    from vinkdesk.vault.key_history import RestoredBeforeRotation


class CliError(Exception):
    """A problem with how the command was called; one line for the user."""


# Control characters (C0, DEL, C1) but tab and newline, and the bidirectional marks, embeddings, overrides and
# isolates: from case text they could move the cursor, recolour or retitle the terminal, or reorder a line.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    """`text` without anything a terminal would act on rather than show."""
    return _UNPRINTABLE.sub("", text)


class Console:
    """What a command may use of the outside world, passed in so tests can drive the real commands."""

    def __init__(
        self,
        environ: Mapping[str, str] | None = None,
        out: TextIO | None = None,
        err: TextIO | None = None,
        kdf: KdfParams | None = None,
        prompt: Callable[[str], str] = getpass.getpass,
    ) -> None:
        self.environ = os.environ if environ is None else environ
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.kdf = kdf
        self.prompt = prompt

    def print(self, text: str = "") -> None:
        """Every line a command prints about the vault goes here, case text included: made harmless first."""
        print(printable(text), file=self.out)

    def warn(self, text: str) -> None:
        print(f"vinkdesk: warning: {text}", file=self.err)

    def passphrase(self, purpose: str = "Passphrase: ") -> str:
        value = self.environ.get(PASSPHRASE_VARIABLE)
        if value:
            return value
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError(f"No passphrase: set {PASSPHRASE_VARIABLE} or run the command in a terminal.")
        return self.prompt(purpose)

    def new_passphrase(self) -> str:
        value = self.environ.get(PASSPHRASE_VARIABLE)
        if value:
            return value
        first = self.passphrase("New passphrase: ")
        if self.prompt("Repeat the passphrase: ") != first:
            raise CliError("The two passphrases differ; nothing was created.")
        return first

    def other_passphrase(self, whose: str) -> str:
        """A new passphrase (yours after a change, or a supervisor's): VINKDESK_NEW_PASSPHRASE, else typed
        twice at the terminal."""
        value = self.environ.get(NEW_PASSPHRASE_VARIABLE)
        if value:
            return value
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError(
                f"No new passphrase: set {NEW_PASSPHRASE_VARIABLE} or run the command in a terminal."
            )
        first = self.prompt(f"{whose}: ")
        if self.prompt("Repeat it: ") != first:
            raise CliError("The two passphrases differ; nothing was changed.")
        return first

    def home(self, args: argparse.Namespace) -> Home:
        home = resolve_home(args.home, self.environ)
        for warning in home.warnings():
            self.warn(warning)
        return home

    def unlock(self, args: argparse.Namespace) -> Session:
        home = self.home(args)
        session = Session.unlock(home, self.passphrase())
        if found := session.restored_before_rotation:  # said at every unlock until it is settled
            for line in found.lines():
                self.warn(line)
        return session

    @contextmanager
    def unlocked(self, args: argparse.Namespace) -> Iterator[Session]:
        """The vault of --home unlocked for one command, and locked again however the command ends."""
        with locked_after(self.unlock(args)) as session:
            yield session


@contextmanager
def locked_after(session: Session) -> Iterator[Session]:
    """`session`, locked (the key forgotten, the log written back) when the block ends, error or not."""
    try:
        yield session
    finally:
        session.lock()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vinkdesk",
        description="Encrypted case notes for prevention counsellors. With no command, opens the windows.",
        epilog=f"The passphrase is read from {PASSPHRASE_VARIABLE} or asked for; never give it as "
        f"an argument.",
    )
    parser.add_argument("--version", action="version", version=f"vinkdesk {__version__}")
    parser.add_argument("--home", help="the vault folder (else VINKDESK_HOME, else your user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--home", default=argparse.SUPPRESS, help="the vault folder")
        return sub

    init = command("init", "create a new vault with your passphrase; prints the recovery code once")
    init.add_argument("--name", required=True, help="your name as it appears in the audit log")

    demo = command("demo", "create a new vault full of synthetic Danish demo data")
    demo.add_argument("--cases", type=_positive, default=40, help="how many cases (default 40)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same data (default 1)")
    demo.add_argument("--name", default="Demo Rådgiver", help="the counsellor's name")

    search = command("search", "search consultation text; a line per hit: case ref, date, snippet")
    search.add_argument("query", nargs="+", help="words that must all occur")
    search.add_argument("--limit", type=_positive, default=50)

    summary = command("summary", "write a consultation summary of a case as a PDF file (not encrypted)")
    summary.add_argument("--case", required=True, help="the case ref, e.g. 2026-014")
    summary.add_argument("--from", dest="start", type=_day, help="first day (YYYY-MM-DD)")
    summary.add_argument("--to", dest="end", type=_day, help="last day (YYYY-MM-DD)")
    summary.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    summary.add_argument("--language", choices=("da", "en"), default="da")

    access = command(
        "access",
        "write the right-of-access report of a case (GDPR article 15) as a PDF file (not encrypted); refused "
        "until the unit's name and contact details are filled in (Settings → Unit details … in the windows)",
    )
    access.add_argument("--case", required=True, help="the case ref, e.g. 2026-014")
    access.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    access.add_argument("--language", choices=("da", "en"), default="da")
    access.add_argument(
        "--include-source-name",
        action="store_true",
        help="show the name and contact of who raised the concern; only where the person may be told them "
        "(databeskyttelsesloven § 22): you decide. Never shown for an anonymous source",
    )

    sync = command(
        "sync", "seal this laptop's anonymised counts of every changed quarter and add them to the share"
    )
    sync.add_argument("--share", type=Path, help="the central share folder")
    sync.add_argument("--dry-run", action="store_true", help="print the payloads and write nothing")
    sync.add_argument(
        "--confirm-coordinator",
        metavar="FINGERPRINT",
        help="the first time: the coordinator's fingerprint as the coordinator reads it out to you",
    )
    sync.add_argument(
        "--show-device", action="store_true", help="print this laptop's device fingerprint for enrolment"
    )

    coordinator = commands.add_parser(
        "coordinator",
        help="the coordination unit's own home: create it, enrol and retire laptops, export a witness",
        description="the coordination unit's own home: create it, enrol and retire laptops, export a witness",
    )
    acts = coordinator.add_subparsers(dest="act", metavar="ACT", required=True)

    def act(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = acts.add_parser(name, help=help_text, description=help_text)
        sub.add_argument(
            "--home", required=True, type=Path, help="the coordinator's home folder (not the share)"
        )
        return sub

    c_init = act("init", "create the coordinator's home and publish its key on the share")
    c_init.add_argument("--share", required=True, type=Path, help="the central share folder")
    c_init.add_argument("--name", required=True, help="the coordination unit's name")
    c_enrol = act("enrol", "trust a laptop by the fingerprint its counsellor reads out to you")
    c_enrol.add_argument("--device", required=True, metavar="FINGERPRINT", help="the laptop's fingerprint")
    c_enrol.add_argument("--label", required=True, help="a label for it, e.g. 'Rådgiver 3'")
    c_enrol.add_argument(
        "--replaces", metavar="FINGERPRINT", help="the device it replaces (a vault restored from a backup)"
    )
    c_retire = act("retire", "stop trusting new files from a laptop (what it sent before still counts)")
    c_retire.add_argument("--device", required=True, metavar="FINGERPRINT")
    act("devices", "list the enrolled laptops and the coordinator's fingerprint")
    c_witness = act("witness", "export the audit heads a laptop has shown, for 'vinkdesk verify --anchor'")
    c_witness.add_argument("--device", required=True, metavar="FINGERPRINT")
    c_witness.add_argument("--out", required=True, type=Path, help="the witness file to write")
    c_release = act(
        "release",
        "publish the year's draft (made by 'vinkdesk aggregate'): kept in the archive, written as the report",
    )
    c_release.add_argument("--year", required=True, type=int, help="the year whose draft to release")
    c_release.add_argument(
        "--out",
        required=True,
        type=Path,
        help="the folder for aarsrapport-YEAR.pdf/.csv (English: annual-report-)",
    )
    c_release.add_argument("--language", choices=("da", "en"), default="da")
    c_release.add_argument(
        "--again", action="store_true", help="write the files of the year's latest release again (no new one)"
    )
    c_release.add_argument(
        "--accept-few-laptops",
        action="store_true",
        help="release although fewer than three laptops reported (the command names the risk)",
    )
    act("releases", "list every release and revision kept in the archive")

    aggregate = commands.add_parser(
        "aggregate",
        help="a draft of the year's annual report from the sealed files on the share (release it with "
        "'vinkdesk coordinator release')",
        description="sum the year from the sealed files on the share, audit what would be published together "
        "with every earlier release of the year, and write a draft report (marked DRAFT) to look at",
    )
    aggregate.add_argument(
        "--home", required=True, type=Path, help="the coordinator's home folder (with its private key)"
    )
    aggregate.add_argument("--share", required=True, type=Path, help="the central share folder")
    aggregate.add_argument("--year", required=True, type=int, help="the year to report")
    aggregate.add_argument(
        "--out", required=True, type=Path, help="the folder for the draft aarsrapport-YEAR-udkast.pdf/.csv"
    )
    aggregate.add_argument(
        "--k", type=_positive, default=5, help="hide figures from 1 to k-1 (default 5; a revision keeps it)"
    )
    aggregate.add_argument("--language", choices=("da", "en"), default="da")

    audit = command("audit", "print the audit trail (supervisors), optionally for one case or from a date")
    audit.add_argument("--case", help="only this case (its ref)")
    audit.add_argument("--since", type=_day, help="from this day (YYYY-MM-DD)")
    audit.add_argument(
        "--language", choices=("da", "en"), default="en", help="the words for actions and what they concern"
    )

    verify_command = command(
        "verify", "check the vault: encryption, integrity, foreign keys, search index, audit chain"
    )
    verify_command.add_argument(
        "--anchor",
        type=Path,
        help="a backup made earlier (its record of the audit trail's head and row count) or a witness file "
        "from the coordinator: is the trail neither truncated nor rewritten since?",
    )

    backup = command("backup", "write one encrypted backup file (database and keys), even while in use")
    backup.add_argument("--out", required=True, type=Path, help="the backup file to write")

    restore = command("restore", "bring a backup back into an empty vault folder")
    restore.add_argument("--from", dest="source", required=True, type=Path, help="the backup file")

    command(
        "passphrase",
        f"change your passphrase (the current one from {PASSPHRASE_VARIABLE}, the new one from "
        f"{NEW_PASSPHRASE_VARIABLE} or typed); unlocked with the recovery code, it sets a new passphrase, "
        "rotates the key and prints a new recovery code",
    )
    supervisor = commands.add_parser(
        "supervisor", help="add or remove a supervisor's own passphrase", description="A vault's supervisors."
    )
    supervisor_acts = supervisor.add_subparsers(dest="act", metavar="ACT", required=True)
    for name, text in (
        ("add", f"add a supervisor; their passphrase from {NEW_PASSPHRASE_VARIABLE} or typed by them"),
        ("remove", "remove a supervisor and rotate the key, so their passphrase opens nothing new"),
    ):
        act_parser = supervisor_acts.add_parser(name, help=text, description=text)
        act_parser.add_argument("--home", default=argparse.SUPPRESS, help="the vault folder")
        act_parser.add_argument("--name", required=True, help="the supervisor's name")
    self_test = command(
        "self-test",
        "for IT after installing: open the windows on the vault, type the passphrase (from "
        f"{PASSPHRASE_VARIABLE} or asked for) into the unlock dialog, wait for the case list, show a print "
        "preview of a test page and print it to a file, then lock and quit; one line per step with its time, "
        "exit status 0 when all passed. No case is opened, your settings are not touched, and the unlock is "
        "recorded in the access log as any unlock. On Linux without a display ($DISPLAY and $WAYLAND_DISPLAY "
        "unset) the windows open offscreen",
    )
    self_test.add_argument(
        "--timeout", type=_positive, default=120, help="seconds to wait for each step (default 120)"
    )
    commands.add_parser(
        "install-desktop",
        help="Linux: add vinkdesk to your desktop's application menu (a .desktop file and its icon)",
        description="Linux: add vinkdesk to your desktop's application menu: a .desktop file and its icon in "
        "your own data folder ($XDG_DATA_HOME, else ~/.local/share); no administrator rights needed. Run it "
        "again after moving the program.",
    )
    command("recovery-code", "make a new recovery code, printed once; the old one stops working")
    command(
        "rotate-key",
        "re-encrypt the vault under a new key for the remaining passphrases; old copies of vault.keys and "
        "removed passphrases open nothing written from now on",
    )
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def _positive(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("must be from 1 to 1,000,000")
    return value


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    home = console.home(args)
    session, code = Session.create(home, args.name, console.new_passphrase(), console.kdf)
    session.lock()
    console.print(f"Created a vault in {home.folder}.")
    console.print("Your recovery code (shown once; print it or write it down and keep it locked away):")
    console.print(f"    {code}")
    return 0


def cmd_demo(args: argparse.Namespace, console: Console) -> int:
    from vinkdesk.demo import generate_supervisor_passphrase, populate

    home = console.home(args)
    session, code = Session.create(home, args.name, console.new_passphrase(), console.kdf)
    with locked_after(session):
        supervisor_passphrase = generate_supervisor_passphrase()
        session.add_supervisor("Demo Supervisor", supervisor_passphrase, console.kdf)

        def progress(done: int) -> None:
            if args.cases >= 1000 and (done % 1000 == 0 or done == args.cases):
                print(f"  {done} of {args.cases} cases", file=console.err)

        populate(session, args.cases, args.seed, date.today(), progress)
    console.print(f"Created a demo vault with {args.cases} cases in {home.folder}.")
    console.print(f"Supervisor passphrase: {supervisor_passphrase}")
    console.print(f"Recovery code: {code}")
    return 0


def cmd_search(args: argparse.Namespace, console: Console) -> int:
    with console.unlocked(args) as session:
        hits = session.search(" ".join(args.query), limit=args.limit)
    for hit in hits:
        snippet = " ".join(hit.snippet.split())
        console.print(f"{hit.case_ref}\t{hit.occurred_at:%Y-%m-%d}\t{snippet}")
    if not hits:
        print("No consultation matches.", file=console.err)
    return 0


def cmd_summary(args: argparse.Namespace, console: Console) -> int:
    from vinkdesk.reports.summary import consultation_summary
    from vinkdesk.vault.files import check_output

    # Before unlocking: a target in the vault's home, on its files or on a device changes nothing at all.
    check_output(args.out, forbidden=resolve_home(args.home, console.environ))
    with console.unlocked(args) as session:
        case_id = session.case_id_of(args.case)  # summary_data's view of the case is the one audited
        data = session.summary_data(case_id, args.start, args.end)
        pdf = consultation_summary(data, args.language, session.concern_source(case_id))
        try:
            written = session.export(case_id, "consultation summary", pdf, args.out)
        except OSError as exc:
            raise CliError(f"{args.out} could not be written ({exc.strerror or exc}); nothing was.") from None
    console.print(f"Summary of {args.case} written to {written}.")
    console.warn("the PDF is not encrypted: keep it where your unit allows and delete it when done.")
    return 0


def cmd_access(args: argparse.Namespace, console: Console) -> int:
    from vinkdesk.reports.access import access_report_of, unit_details_missing
    from vinkdesk.vault.files import check_output

    check_output(args.out, forbidden=resolve_home(args.home, console.environ))
    with console.unlocked(args) as session:
        case_id = session.case_id_of(args.case)
        unit = session.unit_details()
        if unit_details_missing(unit):
            lacking = [
                said
                for said, absent in (
                    ("the unit's name", not unit.name.strip()),
                    (
                        "an address, a phone number or an e-mail",
                        not (unit.address + unit.phone + unit.email).strip(),
                    ),
                )
                if absent
            ]
            raise CliError(
                "The right-of-access report must name the data controller and how to reach it (GDPR "
                f"articles 13 and 15), and the unit details lack {' and '.join(lacking)}. Fill them in in "
                "the windows under Settings → Unit details … (Danish: Indstillinger → Enhedens "
                "oplysninger …), then run the command again. Nothing was written."
            )
        pdf, _ref = access_report_of(
            session, case_id, args.language, include_source_name=args.include_source_name
        )
        try:
            written = session.export(case_id, "right of access", pdf, args.out)
        except OSError as exc:
            raise CliError(f"{args.out} could not be written ({exc.strerror or exc}); nothing was.") from None
    console.print(f"Right-of-access report of {args.case} written to {written}.")
    console.warn("the PDF is not encrypted: hand it over as your unit's rules say and delete your copy.")
    return 0


def cmd_sync(args: argparse.Namespace, console: Console) -> int:
    import json

    from vinkdesk.sync.errors import SyncRefused
    from vinkdesk.sync.share import ShareUnavailable

    if not args.show_device and args.share is None:
        raise CliError(
            "Give the share folder with --share (or --show-device to see this laptop's fingerprint)."
        )
    with console.unlocked(args) as session:
        if args.show_device:
            console.print(f"This laptop's device fingerprint: {session.device_fingerprint()}")
            if session.replaced_device():
                console.print(
                    f"It was restored from a backup of device {session.replaced_device()}: ask the "
                    "coordinator to enrol it as that device's replacement."
                )
            pinned = session.pinned_coordinator()
            console.print(f"Coordinator trusted: {pinned}" if pinned else "No coordinator confirmed yet.")
            return 0
        if args.dry_run:
            payloads = session.sync(args.share, dry_run=True).payloads
            for payload in payloads:
                console.print(json.dumps(json.loads(payload.to_bytes()), indent=2, sort_keys=True))
            print(f"{len(payloads)} quarter(s) would be written; nothing was written.", file=console.err)
            return 0
        try:
            if args.confirm_coordinator:
                pinned = session.pin_coordinator(args.share, args.confirm_coordinator)
                console.print(f"The coordinator's key {pinned} is confirmed and pinned on this laptop.")
            result = session.sync(args.share)
        except (ShareUnavailable, SyncRefused) as error:
            raise CliError(str(error)) from None
    for path in result.written:
        console.print(str(path))
    if not result.written:
        console.print("Nothing has changed since the last sync.")
    return 0


def cmd_coordinator(args: argparse.Namespace, console: Console) -> int:
    from vinkdesk.coordinator.home import Coordinator, unlocked
    from vinkdesk.sync.fingerprint import normalise_fingerprint
    from vinkdesk.sync.witness import witness_bytes

    if args.act == "init":
        coordinator, code = Coordinator.create(
            args.home, args.share, args.name, console.new_passphrase(), console.kdf
        )
        coordinator.lock()
        console.print(f"Created the coordinator's home in {args.home}.")
        console.print(f"Published {args.share / 'vinkdesk' / 'coordinator.pub'}.")
        console.print(
            f"The coordinator's fingerprint (read it out to each counsellor): {coordinator.fingerprint}"
        )
        console.print("Recovery code (shown once; keep it locked away):")
        console.print(f"    {code}")
        return 0
    with unlocked(args.home, console.passphrase()) as coordinator:
        if args.act == "enrol":
            entry = coordinator.enrol(args.device, args.label, args.replaces)
            console.print(f"Enrolled {entry.fingerprint} as {entry.label!r}.")
            if entry.replaces:
                console.print(f"It replaces {entry.replaces}, whose files no longer count.")
        elif args.act == "retire":
            entry = coordinator.retire(args.device)
            console.print(f"Retired {entry.fingerprint} ({entry.label}) on {entry.retired_on}.")
        elif args.act == "devices":
            console.print(f"Coordinator {coordinator.state.name}: {coordinator.fingerprint}")
            for device in coordinator.devices():
                state = (
                    f"retired {device.retired_on}" if device.retired_on else f"enrolled {device.enrolled_on}"
                )
                extra = f", replaced by {device.replaced_by}" if device.replaced_by else ""
                console.print(f"{device.fingerprint}\t{device.label}\t{state}{extra}")
        elif args.act == "release":
            _release(coordinator, args, console)
        elif args.act == "releases":
            for year in sorted(coordinator.state.releases):
                for made in coordinator.releases(int(year)):
                    console.print(
                        f"{year}\trevision {made.revision}\treleased {made.released}"
                        f"\t{made.devices} laptop(s)\t{len(made.hidden)} figure(s) hidden\tk = {made.k}"
                    )
            for year in sorted(coordinator.state.drafts):
                console.print(f"{year}\tdraft waiting to be released")
        elif args.act == "witness":
            heads = coordinator.witness(args.device)
            witnessed = normalise_fingerprint(args.device) or args.device
            _write_output(args.out, witness_bytes(witnessed, heads), forbidden=args.home)
            console.print(f"Wrote {len(heads)} audit head(s) to {args.out}.")
    return 0


def cmd_aggregate(args: argparse.Namespace, console: Console) -> int:
    from vinkdesk.coordinator.home import few_laptops_warning, unlocked
    from vinkdesk.sync.publish import SAFE_LAPTOPS, summary
    from vinkdesk.vault.files import check_output_folder

    if not args.share.is_dir():
        raise CliError(f"The share {args.share} cannot be reached.")
    if args.k < 2:
        raise CliError("--k must be at least 2.")
    check_output_folder(args.out, forbidden=args.home)  # before a draft is made that could not be written
    with unlocked(args.home, console.passphrase()) as coordinator:
        result, made, earlier = coordinator.make_draft(args.share, args.year, args.k)
        previous = coordinator.previous_release(args.year)
        around = [(y, len(coordinator.releases(y))) for y in (args.year - 1, args.year + 1)]
    beside = " and ".join(f"{n} release(s) of {y}" for y, n in around if n)  # linked by Q4 -> Q1
    console.print(
        f"Counted {made.files} device-quarters from {made.devices} devices "
        f"({result.files_read} files read, {result.superseded} superseded by a later sequence)."
    )
    for finding in result.findings:
        console.print(f"  {finding.kind}: {finding.line()}")
    numbers = summary(made, earlier)
    if earlier:
        last = earlier[-1]
        console.print(
            f"Draft of revision {made.revision} of {args.year}, audited together with "
            + ", ".join(f"release {r.revision} ({r.released})" for r in earlier)
            + (f", and with {beside}." if beside else ".")
        )
    else:
        console.print(
            f"Draft of release 1 of {args.year} (nothing released for {args.year} yet)"
            + (f", audited together with {beside}." if beside else ".")
        )
    console.print(
        f"It would publish {numbers.figures - numbers.hidden} of {numbers.figures} figures; "
        f"{numbers.hidden} are hidden ({numbers.small} of them from 1 to {made.k - 1}, the rest so that none "
        "can be worked out, also not with earlier releases)."
    )
    if earlier:
        console.print(
            f"Against release {last.revision}: {numbers.changed} published figure(s) change, "
            f"{numbers.newly_hidden} published there are hidden now."
        )
    if made.devices < SAFE_LAPTOPS:
        console.print(f"Warning: {few_laptops_warning(made.devices)}")
    pdf, csv = _write_report(made, previous, args.out, args.language, args.home)
    console.print(f"Wrote {pdf} and {csv} (marked DRAFT: not for publication).")
    console.print(
        f"To publish it: vinkdesk coordinator release --home {args.home} --year {args.year} --out FOLDER"
    )
    return 0


def _release(coordinator: Coordinator, args: argparse.Namespace, console: Console) -> None:
    if args.again:
        kept = coordinator.releases(args.year)
        if not kept:
            raise CliError(f"Nothing for {args.year} has been released yet.")
        made, previous = kept[-1], coordinator.previous_release(args.year)
    else:
        from vinkdesk.vault.files import check_output_folder

        check_output_folder(args.out, forbidden=args.home)
        try:  # the folder first: a release that cannot be written is not made
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CliError(
                f"{args.out} could not be made ({exc.strerror or exc}); nothing was released."
            ) from None
        made, previous = coordinator.release(args.year, few_laptops_accepted=args.accept_few_laptops)
        kind = "Release 1" if made.revision == 1 else f"Revision {made.revision}"
        console.print(f"{kind} of {args.year} released on {made.released} and kept in the archive.")
    try:
        pdf, csv = _write_report(made, previous, args.out, args.language, args.home)
    except CliError as error:
        raise CliError(
            f"{error} The release is kept; write its files with 'vinkdesk coordinator release --again'."
        ) from None
    console.print(f"Wrote {pdf} and {csv}.")


def _write_report(
    made: Release, previous: Release | None, out: Path, language: str, home: Path
) -> tuple[Path, Path]:
    from vinkdesk.coordinator.report import write_report

    try:
        return write_report(made, previous, out, language, forbidden=home)
    except OSError as exc:
        raise CliError(
            f"The report could not be written to {out} ({exc.strerror or exc}); choose another folder."
        ) from None


def _write_output(path: Path, data: bytes, forbidden: Path) -> None:
    from vinkdesk.vault.files import write_output

    try:
        write_output(path, data, forbidden=forbidden)
    except OSError as exc:
        raise CliError(f"{path} could not be written ({exc.strerror or exc}).") from None


def cmd_audit(args: argparse.Namespace, console: Console) -> int:
    """One line per row, newest first, tab-separated for scripts: the row's number, its time (ISO, UTC, as
    stored), who, the action's stored value (AuditAction: stable, for scripts), the action in words, what
    it concerns (the case's ref, "Consultation of 29/11/2026 in case 2026-017", a user's name) and the
    detail in words."""
    from vinkdesk.domain.audit_words import action_name
    from vinkdesk.session.audit_view import audit_lines

    with console.unlocked(args) as session:
        case_id = session.case_id_of(args.case) if args.case else None
        entries = session.audit_log(case_id=case_id, since=args.since)
        names = session.audit_names(entries)
    for line in audit_lines(entries, names, args.language):
        console.print(
            f"{line.number}\t{line.at:%Y-%m-%d %H:%M:%S}\t{line.user}\t{line.action}"
            f"\t{action_name(line.action, args.language)}\t{line.object}\t{line.detail}"
        )
    return 0


def cmd_verify(args: argparse.Namespace, console: Console) -> int:
    from vinkdesk.domain.audit_words import check_result, detail_label
    from vinkdesk.session.verify import check, verify_anchor, verify_backup_anchor, wal_at_rest
    from vinkdesk.sync.witness import WitnessError, parse_witness
    from vinkdesk.vault.anchor import AnchorError, BackupHead, read_anchor

    # Before unlocking, which would write the log back: the WAL as it was at rest.
    if stale_log := wal_at_rest(resolve_home(args.home, console.environ)):
        console.print("\n".join(stale_log))
        return 1
    heads: list[tuple[int, str, str]] = []
    witnessed = ""
    backup: BackupHead | None = None
    if args.anchor is not None:
        try:
            found = read_anchor(args.anchor)  # a backup's recorded head, or a witness file's bytes
            if isinstance(found, BackupHead):
                backup = found
            else:
                witnessed, heads = parse_witness(found, str(args.anchor))
        except (AnchorError, WitnessError) as error:
            raise CliError(str(error)) from None
    notes: list[str] = []
    with console.unlocked(args) as session:
        checked = check(session)
        problems = [problem.detail for problem in checked]
        if backup is not None:
            more, notes = verify_backup_anchor(session, backup, str(args.anchor))
            problems += more
        elif args.anchor is not None:
            more, notes = verify_anchor(session, witnessed, heads)
            problems += more
    if checked:  # first what it means and what to do, in words; then the core's lines
        for sentence in check_result(checked, "en"):
            console.print(sentence)
        console.print(detail_label("en"))
    for problem in problems:
        console.print(problem)
    for note in notes:
        console.print(f"note: {note}")
    if problems:
        return 1
    console.print("ok: encryption, integrity, foreign keys, search index and audit chain all hold")
    if backup is not None:
        console.print(
            f"ok: the audit trail still holds row {backup.row} and the {backup.count} rows up to it that the "
            f"backup {args.anchor} recorded"
        )
    elif args.anchor is not None:
        console.print(f"ok: the audit trail still holds the {len(heads)} head(s) in {args.anchor}")
    return 0


def cmd_backup(args: argparse.Namespace, console: Console) -> int:
    from vinkdesk.vault.files import check_output

    # Before unlocking: a target in the vault's home, on its files or on a device changes nothing at all.
    check_output(args.out, forbidden=resolve_home(args.home, console.environ))
    with console.unlocked(args) as session:
        written = session.backup(args.out)
    console.print(f"Backup written to {written} (encrypted; the same passphrases open it).")
    return 0


def cmd_restore(args: argparse.Namespace, console: Console) -> int:
    home = console.home(args)
    found = restore_backup(args.source, home)
    console.print(f"Restored the vault into {home.folder}; unlock it with the passphrases it had.")
    if found is not None:
        console.print()
        for line in found.lines():
            console.print(f"Warning: {line}")
        console.print("To do now (vinkdesk says this at every unlock until it is done):")
        for step in restored_copy_steps(found, home):
            console.print(f"    {step}")
    return 0


def restored_copy_steps(found: RestoredBeforeRotation, home: Home) -> list[str]:
    """The commands that settle a copy restored from before a key rotation: remove each returned supervisor
    again, reset the returned passphrase and recovery code again, or else rotate the key. Each rotates."""
    where = shlex.quote(str(home.folder))
    steps = [
        f"vinkdesk supervisor remove --home {where} --name {shlex.quote(slot.display_name)}"
        for slot in found.returned
        if slot.role == "supervisor"
    ]
    if any(slot.role != "supervisor" for slot in found.returned):
        steps.append(
            f"{PASSPHRASE_VARIABLE}='<the recovery code used then>' vinkdesk passphrase --home {where}"
            "   (sets a new passphrase and recovery code)"
        )
    if not steps:
        steps.append(f"vinkdesk rotate-key --home {where}")
    return steps


def cmd_passphrase(args: argparse.Namespace, console: Console) -> int:
    with console.unlocked(args) as session:
        new = console.other_passphrase("New passphrase")
        if session.via_recovery:
            code = session.reset_passphrase(new, console.kdf, _progress(console))
        else:
            session.change_passphrase(console.passphrase(), new, console.kdf)
            code = ""
    console.print("Your passphrase is changed; the old one no longer opens the vault.")
    if code:
        console.print("The key was rotated: the recovery code you used no longer works.")
        console.print("Your new recovery code (shown once; print it or write it down, keep it locked away):")
        console.print(f"    {code}")
    return 0


def cmd_supervisor(args: argparse.Namespace, console: Console) -> int:
    with console.unlocked(args) as session:
        if args.act == "add":
            secret = console.other_passphrase("Supervisor's passphrase")
            user = session.add_supervisor(args.name, secret, console.kdf)
            message = f"Added the supervisor {user.display_name}; they unlock with their own passphrase."
        else:
            user = session.remove_supervisor(args.name, _progress(console))
            message = (
                f"Removed the supervisor {user.display_name} and rotated the key: their passphrase, with any "
                "old copy of vault.keys or backup, opens nothing written from now on."
            )
    console.print(message)
    return 0


def cmd_recovery_code(args: argparse.Namespace, console: Console) -> int:
    with console.unlocked(args) as session:
        code = session.new_recovery_code(console.kdf)
    console.print("Your new recovery code (shown once; the old one no longer works):")
    console.print(f"    {code}")
    return 0


def cmd_rotate_key(args: argparse.Namespace, console: Console) -> int:
    with console.unlocked(args) as session:
        session.rotate_key(_progress(console))
    console.print(
        "The vault is re-encrypted under a new key. Backups made before now still open with the passphrases "
        "they had: keep them locked away or delete them."
    )
    return 0


def cmd_self_test(args: argparse.Namespace, console: Console) -> int:
    started = time.perf_counter()
    home = console.home(args)
    if not home.has_vault():
        raise CliError(
            f"No vault in {home.folder}: give the vault's folder with --home (a test vault: 'vinkdesk demo "
            "--home FOLDER')."
        )
    passphrase = console.passphrase()
    if getattr(sys, "frozen", False):
        program = f"the application folder {Path(sys.executable).parent}"
    else:
        program = f"Python {sys.version.split()[0]} ({sys.executable})"
    console.print(f"vinkdesk self-test: vinkdesk {__version__}, {program}")
    console.print(f"  vault: {home.folder}")
    from vinkdesk.ui.self_test import run_self_test  # Qt loads here, as for the windows

    return run_self_test(home, passphrase, console.out, console.err, float(args.timeout), started)


def desktop_executable() -> Path:
    """The program a desktop menu entry starts: the bundle's own executable, else the `vinkdesk` command that
    pip installed beside this Python."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve()
    script = Path(sys.executable).parent / ("vinkdesk.exe" if sys.platform == "win32" else "vinkdesk")
    if not script.is_file():
        raise CliError(
            f"The vinkdesk command was not found beside {sys.executable}: install vinkdesk with pip (or use "
            "the application folder) and run install-desktop from there."
        )
    return script.absolute()  # the venv's own path: resolving would name the bare interpreter's


def cmd_install_desktop(args: argparse.Namespace, console: Console) -> int:
    if not sys.platform.startswith("linux"):
        raise CliError(
            "install-desktop is for Linux desktops. On Windows, make a shortcut to vinkdesk.exe in the "
            "application folder; on macOS, drag vinkdesk.app into Applications."
        )
    from vinkdesk.desktop_entry import install

    written = install(desktop_executable())
    console.print("vinkdesk is in the application menu (it may take a moment to appear). Written:")
    for path in written:
        console.print(f"    {path}")
    return 0


def _progress(console: Console) -> Callable[[float], None]:
    shown: list[int] = []

    def report(fraction: float) -> None:
        tenth = int(fraction * 10)
        if tenth not in shown and tenth > 0:
            shown.append(tenth)
            print(f"  {tenth * 10} %", file=console.err)

    return report


COMMANDS: dict[str, Callable[[argparse.Namespace, Console], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "search": cmd_search,
    "summary": cmd_summary,
    "access": cmd_access,
    "sync": cmd_sync,
    "coordinator": cmd_coordinator,
    "aggregate": cmd_aggregate,
    "audit": cmd_audit,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "passphrase": cmd_passphrase,
    "supervisor": cmd_supervisor,
    "recovery-code": cmd_recovery_code,
    "rotate-key": cmd_rotate_key,
    "self-test": cmd_self_test,
    "install-desktop": cmd_install_desktop,
}


def main(argv: Sequence[str] | None = None, console: Console | None = None) -> int:
    console = console or Console()
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="vinkdesk: %(levelname)s: %(message)s")
    if args.command is None:
        from vinkdesk.ui.app import run_windows

        return int(run_windows(resolve_home(args.home, console.environ)))
    try:
        return COMMANDS[args.command](args, console)
    except (VaultError, CliError, CoordinatorError) as exc:
        print(f"vinkdesk: error: {exc}", file=console.err)
        return 1
    except BrokenPipeError:
        # The reader went away (`vinkdesk search … | head`): not an error worth a message.
        sys.stderr.close()
        return 0
    except OSError as exc:  # a path too long, a folder that cannot be made: the system's reason, one line
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"vinkdesk: error: {exc.strerror or exc}{where}; nothing was changed.", file=console.err)
        return 1
    except KeyboardInterrupt:
        print("vinkdesk: interrupted; nothing half-written was kept.", file=console.err)
        return 130
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback that could carry case data
        if console.environ.get("VINKDESK_DEBUG") == "1":
            raise
        print(
            f"vinkdesk: error: an unexpected {type(exc).__name__} stopped the command; nothing else was "
            "changed. Run 'vinkdesk verify' and report this to your administrator.",
            file=console.err,
        )
        return 70


if __name__ == "__main__":  # python -m vinkdesk.cli …, as the installed `vinkdesk` command
    sys.exit(main())
