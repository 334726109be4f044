"""The command line: `vinkdesk` opens the windows; sub-commands serve scripts, administrators and the
coordinator. Every command goes through the same Session as the windows."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from vinkdesk import __version__
from vinkdesk.session import Session, verify
from vinkdesk.vault import Home, KdfParams, VaultError, resolve_home
from vinkdesk.vault.backup import restore_backup

log = logging.getLogger(__name__)

PASSPHRASE_VARIABLE = "VINKDESK_PASSPHRASE"


class CliError(Exception):
    """A problem with how the command was called; one line for the user."""


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
        print(text, file=self.out)

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

    def home(self, args: argparse.Namespace) -> Home:
        home = resolve_home(args.home, self.environ)
        for warning in home.warnings():
            self.warn(warning)
        return home

    def unlock(self, args: argparse.Namespace) -> Session:
        home = self.home(args)
        return Session.unlock(home, self.passphrase())


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

    sync = command("sync", "write this laptop's anonymised counts of every changed quarter to the share")
    sync.add_argument("--share", required=True, type=Path, help="the central share folder")
    sync.add_argument("--dry-run", action="store_true", help="print the payloads and write nothing")

    aggregate = commands.add_parser(
        "aggregate",
        help="the coordinator's annual report from every device's files on the share (no vault)",
        description="the coordinator's annual report from every device's files on the share (no vault)",
    )
    aggregate.add_argument("--share", required=True, type=Path, help="the central share folder")
    aggregate.add_argument("--year", required=True, type=int, help="the year to report")
    aggregate.add_argument(
        "--out", required=True, type=Path, help="the folder for annual-report.pdf and .csv"
    )
    aggregate.add_argument("--k", type=_positive, default=5, help="hide figures from 1 to k-1 (default 5)")
    aggregate.add_argument("--language", choices=("da", "en"), default="da")

    audit = command("audit", "print the audit trail (supervisors), optionally for one case or from a date")
    audit.add_argument("--case", help="only this case (its ref)")
    audit.add_argument("--since", type=_day, help="from this day (YYYY-MM-DD)")

    command("verify", "check the vault: encryption, integrity, foreign keys, search index, audit chain")

    backup = command("backup", "write one encrypted backup file (database and keys), even while in use")
    backup.add_argument("--out", required=True, type=Path, help="the backup file to write")

    restore = command("restore", "bring a backup back into an empty vault folder")
    restore.add_argument("--from", dest="source", required=True, type=Path, help="the backup file")
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
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
    try:
        supervisor_passphrase = generate_supervisor_passphrase()
        session.add_supervisor("Demo Supervisor", supervisor_passphrase, console.kdf)

        def progress(done: int) -> None:
            if args.cases >= 1000 and (done % 1000 == 0 or done == args.cases):
                print(f"  {done} of {args.cases} cases", file=console.err)

        populate(session, args.cases, args.seed, date.today(), progress)
    finally:
        session.lock()
    console.print(f"Created a demo vault with {args.cases} cases in {home.folder}.")
    console.print(f"Supervisor passphrase: {supervisor_passphrase}")
    console.print(f"Recovery code: {code}")
    return 0


def cmd_search(args: argparse.Namespace, console: Console) -> int:
    session = console.unlock(args)
    try:
        hits = session.search(" ".join(args.query), limit=args.limit)
    finally:
        session.lock()
    for hit in hits:
        snippet = " ".join(hit.snippet.split())
        console.print(f"{hit.case_ref}\t{hit.occurred_at:%Y-%m-%d}\t{snippet}")
    if not hits:
        print("No consultation matches.", file=console.err)
    return 0


def cmd_summary(args: argparse.Namespace, console: Console) -> int:
    from vinkdesk.reports.summary import consultation_summary

    if not args.out.parent.is_dir():
        raise CliError(f"The folder {args.out.parent} does not exist; nothing was written.")
    session = console.unlock(args)
    try:
        case = session.case_by_ref(args.case)
        pdf = consultation_summary(session.summary_data(case.id, args.start, args.end), args.language)
        try:
            args.out.write_bytes(pdf)
        except OSError as exc:
            raise CliError(f"{args.out} could not be written ({exc.strerror or exc}).") from None
        session.record_output(case.id, "export", "consultation summary")
    finally:
        session.lock()
    console.print(f"Summary of {args.case} written to {args.out.absolute()}.")
    console.warn("the PDF is not encrypted: keep it where your unit allows and delete it when done.")
    return 0


def cmd_sync(args: argparse.Namespace, console: Console) -> int:
    import json

    from vinkdesk.sync.share import ShareUnavailable

    session = console.unlock(args)
    try:
        if args.dry_run:
            payloads = session.sync(args.share, dry_run=True).payloads
            for payload in payloads:
                console.print(json.dumps(json.loads(payload.to_bytes()), indent=2, sort_keys=True))
            print(f"{len(payloads)} quarter(s) would be written; nothing was written.", file=console.err)
            return 0
        try:
            result = session.sync(args.share)
        except ShareUnavailable as error:
            raise CliError(str(error.strerror or error)) from None
    finally:
        session.lock()
    for path in result.written:
        console.print(str(path))
    if not result.written:
        console.print("Nothing has changed since the last sync.")
    return 0


def cmd_aggregate(args: argparse.Namespace, console: Console) -> int:
    from vinkdesk.reports.annual import annual_report
    from vinkdesk.sync.aggregate import aggregate
    from vinkdesk.sync.payload import PayloadError
    from vinkdesk.sync.publish import figures, to_csv
    from vinkdesk.vault.files import write_atomically

    if not args.share.is_dir():
        raise CliError(f"The share {args.share} cannot be reached.")
    if args.k < 2:
        raise CliError("--k must be at least 2.")
    try:
        result = aggregate(args.share, args.year)
    except PayloadError as error:
        raise CliError(str(error)) from None
    published = figures(result, args.k)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        write_atomically(args.out / "annual-report.pdf", annual_report(published, args.language))
        write_atomically(args.out / "annual-report.csv", to_csv(published).encode("utf-8"))
    except OSError as exc:
        raise CliError(f"{args.out} could not be written ({exc.strerror or exc}).") from None
    console.print(
        f"Counted {published.files_counted} files from {published.devices_counted} devices; "
        f"rejected {len(result.rejections)}."
    )
    for reason, count in published.rejections:
        console.print(f"  rejected {count}: {reason}")
    console.print(f"Wrote {args.out / 'annual-report.pdf'} and {args.out / 'annual-report.csv'}.")
    return 0


def cmd_audit(args: argparse.Namespace, console: Console) -> int:
    from vinkdesk.session.reviews import audit_lines

    session = console.unlock(args)
    try:
        case_id = session.case_id_of(args.case) if args.case else None
        entries = session.audit_log(case_id=case_id, since=args.since)
        names = {u.id: u.display_name for u in session.users()}
    finally:
        session.lock()
    for line in audit_lines(entries, names):
        console.print(
            f"{line.number}\t{line.at:%Y-%m-%d %H:%M:%S}\t{line.user}\t{line.action}\t{line.object}"
            f"\t{line.detail}"
        )
    return 0


def cmd_verify(args: argparse.Namespace, console: Console) -> int:
    session = console.unlock(args)
    try:
        problems = verify(session)
    finally:
        session.lock()
    for problem in problems:
        console.print(problem)
    if problems:
        return 1
    console.print("ok: encryption, integrity, foreign keys, search index and audit chain all hold")
    return 0


def cmd_backup(args: argparse.Namespace, console: Console) -> int:
    session = console.unlock(args)
    try:
        session.backup(args.out)
    finally:
        session.lock()
    console.print(f"Backup written to {args.out.absolute()} (encrypted; the same passphrases open it).")
    return 0


def cmd_restore(args: argparse.Namespace, console: Console) -> int:
    home = console.home(args)
    restore_backup(args.source, home)
    console.print(f"Restored the vault into {home.folder}; unlock it with the passphrases it had.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Console], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "search": cmd_search,
    "summary": cmd_summary,
    "sync": cmd_sync,
    "aggregate": cmd_aggregate,
    "audit": cmd_audit,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "restore": cmd_restore,
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
    except (VaultError, CliError) as exc:
        print(f"vinkdesk: error: {exc}", file=console.err)
        return 1
    except BrokenPipeError:
        # The reader went away (`vinkdesk search … | head`): not an error worth a message.
        sys.stderr.close()
        return 0
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
