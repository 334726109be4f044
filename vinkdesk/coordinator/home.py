"""The coordination unit's own home, never on the share: `coordinator.keys` (key slots in the vault's format:
Argon2id + AES-GCM, the coordinator's passphrase and a recovery code) wraps a random data key, which encrypts
`coordinator.state` (AES-256-GCM): the coordinator's private key, the device registry, the high-water marks
with the payloads accepted, the audit witness and the release archive."""

from __future__ import annotations

import base64
import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vinkdesk.coordinator.errors import CoordinatorError, ReleaseRefused
from vinkdesk.sync.aggregate import HOME, Aggregate, Enrolled, Finding, Ledger, aggregate
from vinkdesk.sync.audit import Refused
from vinkdesk.sync.checkpoint import checkpoint_bytes
from vinkdesk.sync.fingerprint import normalise_fingerprint
from vinkdesk.sync.publish import SAFE_LAPTOPS, Release, draft, released
from vinkdesk.sync.seal import PUB_NAME, CoordinatorKeyPair, CoordinatorPublicKey, seal
from vinkdesk.sync.share import ROOT, SEALED, Folder, ShareUnavailable
from vinkdesk.vault.files import exclusive_lock, read_regular, write_atomically
from vinkdesk.vault.kdf import KdfParams, calibrate
from vinkdesk.vault.keys import (
    KeysFile,
    new_data_key,
    new_recovery_code,
    open_any,
    read_keys,
    seal_slot,
    write_keys,
)
from vinkdesk.vault.vault import check_passphrase

KEYS_NAME = "coordinator.keys"
STATE_NAME = "coordinator.state"
LOCK_NAME = "coordinator.lock"
STATE_FORMAT = "vinkdesk.coordinator-state/1"
STATE_MAGIC = b"VKCOORD1"
NONCE_BYTES = 12
STATE_MAX_BYTES = 1024 * 1024 * 1024  # a ledger of many years is megabytes; a gigabyte is no state file

T = TypeVar("T")


@dataclass(frozen=True)
class CoordinatorState:
    name: str
    share: str
    keypair: CoordinatorKeyPair
    ledger: Ledger
    releases: dict[str, Any]  # year -> [release, revision, …] (vinkdesk.sync.publish.Release.to_json)
    drafts: dict[str, Any] = field(default_factory=dict)  # year -> the draft the next release would freeze

    def to_bytes(self) -> bytes:
        doc = {
            "format": STATE_FORMAT,
            "name": self.name,
            "share": self.share,
            "private_key": {
                "mlkem768_seed": _b64(self.keypair.mlkem_seed),
                "x25519": _b64(self.keypair.x25519_private),
            },
            "ledger": self.ledger.to_json(),
            "releases": self.releases,
            "drafts": self.drafts,
        }
        return json.dumps(doc, sort_keys=True, ensure_ascii=False).encode("utf-8")

    @staticmethod
    def from_bytes(data: bytes, source: Path) -> CoordinatorState:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != STATE_FORMAT:
                raise ValueError("format")
            key = doc["private_key"]
            keypair = CoordinatorKeyPair(
                base64.b64decode(key["mlkem768_seed"]), base64.b64decode(key["x25519"]), str(doc["name"])
            )
            state = CoordinatorState(
                str(doc["name"]),
                str(doc["share"]),
                keypair,
                Ledger.from_json(doc["ledger"]),
                dict(doc["releases"]),
                dict(doc.get("drafts", {})),
            )
            for year in (*state.releases, *state.drafts):
                state.archive(int(year))
                state.draft(int(year))
            return state
        except (ValueError, KeyError, TypeError, AttributeError):
            raise CoordinatorError(
                f"{source} is not a coordinator state this version can read; restore it from your backup."
            ) from None

    def archive(self, year: int) -> list[Release]:
        """The year's releases, oldest first."""
        return [Release.from_json(doc) for doc in self.releases.get(str(year), [])]

    def draft(self, year: int) -> Release | None:
        doc = self.drafts.get(str(year))
        return Release.from_json(doc) if doc else None


class Coordinator:
    """An unlocked coordinator home. The data key is wiped by lock()."""

    def __init__(self, folder: Path, keys: KeysFile, data_key: bytearray, state: CoordinatorState) -> None:
        self.folder = folder
        self._keys = keys
        self._data_key: bytearray | None = data_key
        self.state = state

    # --- creating and opening -----------------------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, share: Path, name: str, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[Coordinator, str]:
        """A new coordinator home and `<share>/vinkdesk/coordinator.pub`; returns it and the recovery code
        (shown once). The key is published first (a name that cannot be taken twice), so of two coordinators
        set up at once on one share exactly one gets a home; anything that fails after is taken back."""
        check_passphrase(passphrase)
        if not name.strip():
            raise CoordinatorError("Give the coordination unit a name (--name).")
        if any(os.path.lexists(folder / n) for n in (KEYS_NAME, STATE_NAME)):
            raise CoordinatorError(f"{folder} already holds a coordinator home; nothing was changed.")
        if not share.is_dir():
            raise CoordinatorError(f"The share {share} cannot be reached; nothing was created.")
        _refuse_home_on_share(folder, share)
        keypair = CoordinatorKeyPair.generate(name.strip())
        vault_id = uuid.uuid4().hex
        data_key = new_data_key()
        kdf = kdf or calibrate()
        code = new_recovery_code()
        slots = tuple(
            seal_slot(
                data_key,
                secret,
                vault_id=vault_id,
                user_id="coordinator",
                role=role,
                display_name=shown,
                kdf=kdf,
            )
            for secret, role, shown in ((passphrase, "coordinator", name.strip()), (code, "recovery", ""))
        )
        keys = KeysFile(vault_id=vault_id, slots=slots)
        state = CoordinatorState(name.strip(), str(share), keypair, Ledger(checkpoint_key=os.urandom(32)), {})
        coordinator = cls(folder, keys, data_key, state)
        try:
            root = Folder.open(share, (ROOT,), create=True)
        except ShareUnavailable as error:
            raise CoordinatorError(f"{error} Nothing was created.") from None
        with root:
            try:
                root.write_new(PUB_NAME, keypair.public().to_file())
            except FileExistsError:
                raise CoordinatorError(
                    f"{share / ROOT / PUB_NAME} already exists: this share has a coordinator. Laptops that "
                    "pinned it would refuse a new key; remove it only if you really replace the coordinator. "
                    "Nothing was created."
                ) from None
            except OSError as exc:
                raise CoordinatorError(
                    f"{share / ROOT / PUB_NAME} could not be written ({exc.strerror or exc}); nothing was "
                    "created."
                ) from None
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                with exclusive_lock(folder / LOCK_NAME):
                    coordinator._write_state(state)
                    write_keys(folder / KEYS_NAME, keys)
            except OSError as exc:
                for made in (KEYS_NAME, STATE_NAME, LOCK_NAME):
                    _remove_quietly(folder / made)
                _remove_quietly(share / ROOT / PUB_NAME, root)
                raise CoordinatorError(
                    f"The coordinator's home {folder} could not be written ({exc.strerror or exc}); nothing "
                    "was created and nothing published. Free some space or choose another folder."
                ) from None
        return coordinator, code

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Coordinator:
        keys_path = folder / KEYS_NAME
        if not os.path.lexists(keys_path):
            if os.path.lexists(folder / STATE_NAME):
                raise CoordinatorError(
                    f"{keys_path} is missing while {folder / STATE_NAME} is there: restore the coordinator's "
                    "home from your backup."
                )
            raise CoordinatorError(
                f"There is no coordinator home in {folder}. Create one with 'vinkdesk coordinator init'."
            )
        keys = read_keys(keys_path)
        _slot, data_key = open_any(keys, passphrase)
        empty = CoordinatorState("", "", CoordinatorKeyPair(b"", b"", ""), Ledger(), {})
        coordinator = cls(folder, keys, data_key, empty)
        try:
            coordinator.state = coordinator._read_state()
            if coordinator.state.share:
                _refuse_home_on_share(folder, Path(coordinator.state.share))
        except BaseException:
            coordinator.lock()
            raise
        return coordinator

    def lock(self) -> None:
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = None

    # --- what it holds -------------------------------------------------------------------------------------

    @property
    def public(self) -> CoordinatorPublicKey:
        return self.state.keypair.public()

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def devices(self) -> list[Enrolled]:
        return sorted(self.state.ledger.devices.values(), key=lambda d: (d.retired_on is not None, d.label))

    def enrol(
        self, device: str, label: str, replaces: str | None = None, today: date | None = None
    ) -> Enrolled:
        fp = _fingerprint(device, "--device")
        old = _fingerprint(replaces, "--replaces") if replaces else None
        if not label.strip():
            raise CoordinatorError("Give the device a label (for example 'Rådgiver 3').")
        day = (today or date.today()).isoformat()

        def change(ledger: Ledger) -> Enrolled:
            entry = ledger.devices.get(fp)
            if entry is not None and entry.retired_on is not None:
                raise CoordinatorError(
                    f"The device {fp} was retired on {entry.retired_on}; a retired device is not enrolled "
                    "again."
                )
            if entry is not None and old is None:
                raise CoordinatorError(f"The device {fp} is enrolled already, as {entry.label!r}.")
            if old is not None:
                if old == fp:
                    raise CoordinatorError("A device cannot replace itself.")
                if old not in ledger.devices:
                    raise CoordinatorError(f"The device {old} it replaces is not enrolled.")
                if ledger.devices[old].replaced_by:
                    raise CoordinatorError(
                        f"The device {old} was replaced already, by {ledger.devices[old].replaced_by}."
                    )
                ledger.devices[old].replaced_by = fp
                ledger.devices[old].retired_on = ledger.devices[old].retired_on or day
            if entry is not None:  # enrolled already: from now on as the replacement of old
                entry.replaces = old
                return entry
            entry = Enrolled(fp, label.strip(), day, replaces=old)
            ledger.devices[fp] = entry
            return entry

        return self.update(change)

    def retire(self, device: str, today: date | None = None) -> Enrolled:
        fp = _fingerprint(device, "--device")
        day = (today or date.today()).isoformat()

        def change(ledger: Ledger) -> Enrolled:
            entry = ledger.devices.get(fp)
            if entry is None:
                raise CoordinatorError(f"The device {fp} is not enrolled.")
            if entry.retired_on is None:
                entry.retired_on = day
            return entry

        return self.update(change)

    def witness(self, device: str) -> list[tuple[int, str, str]]:
        fp = _fingerprint(device, "--device")
        if fp not in self.state.ledger.devices:
            raise CoordinatorError(f"The device {fp} is not enrolled.")
        return sorted(set(self.state.ledger.witness.get(fp, [])))

    def aggregate(self, share: Path, year: int, today: date | None = None) -> Aggregate:
        """Read the share and sum the year; the ledger (marks, copies, witness) is updated under the lock."""
        _refuse_home_on_share(self.folder, share)
        opener = self.state.keypair.opener()

        def read(ledger: Ledger) -> Aggregate:
            result = aggregate(share, year, opener, ledger, today)
            if result.newest_checkpoint > ledger.generation:
                result.findings.insert(
                    0, _older_home(self.folder, result.newest_checkpoint, ledger.generation)
                )
            ledger.generation = max(ledger.generation, result.newest_checkpoint) + 1
            self._leave_checkpoint(share, ledger)
            return result

        return self.update(read)

    def make_draft(
        self, share: Path, year: int, k: int, today: date | None = None
    ) -> tuple[Aggregate, Release, list[Release]]:
        """Sum the year from the share and audit what would be published with every earlier release of the
        year and of the years before and after; the draft is kept in the home for `release`. Raises
        CoordinatorError where no suppression pattern passes (nothing is kept then)."""
        result = self.aggregate(share, year, today)

        def keep(state: CoordinatorState) -> tuple[Release, list[Release]]:
            earlier = state.archive(year)
            if earlier and earlier[0].k != k:
                raise CoordinatorError(
                    f"{year} was released with k = {earlier[0].k}; a revision must keep it (use --k "
                    f"{earlier[0].k})."
                )
            state.drafts.pop(str(year), None)
            try:
                neighbours = [*state.archive(year - 1), *state.archive(year + 1)]
                made = draft(result, k, earlier, neighbours=neighbours)
            except Refused as refusal:
                raise ReleaseRefused(
                    f"Nothing for {year} can be published: {refusal}. Wait for more laptops to report, or "
                    "ask for advice before publishing this year."
                ) from None
            state.drafts[str(year)] = made.to_json()
            return made, earlier

        made, earlier = self._transact(keep)
        return result, made, earlier

    def release(
        self, year: int, today: date | None = None, few_laptops_accepted: bool = False
    ) -> tuple[Release, Release | None]:
        """Freeze the year's draft as its next release (kept in the archive with the exact sums behind it);
        returns it and the latest release of the year before, to compare with."""
        day = today or date.today()

        def freeze(state: CoordinatorState) -> tuple[Release, Release | None]:
            made = state.draft(year)
            earlier = state.archive(year)
            if made is None:
                raise CoordinatorError(
                    f"There is no draft for {year}: make one first ('vinkdesk aggregate'), look at it, then "
                    "release it."
                )
            if made.revision != len(earlier) + 1:
                raise CoordinatorError(
                    f"{year} was released again after this draft was made: make a new draft and look at it "
                    "before releasing."
                )
            if earlier and earlier[-1].hidden == made.hidden and earlier[-1].cells == made.cells:
                raise CoordinatorError(
                    f"Nothing changed since release {earlier[-1].revision} of {year}; there is nothing new "
                    "to release."
                )
            if made.devices < SAFE_LAPTOPS and not few_laptops_accepted:
                raise CoordinatorError(few_laptops_warning(made.devices))
            frozen = released(made, day)
            state.releases.setdefault(str(year), []).append(frozen.to_json())
            del state.drafts[str(year)]
            # Drafts of the years before and after were audited without this release: made again.
            state.drafts.pop(str(year - 1), None)
            state.drafts.pop(str(year + 1), None)
            before = state.archive(year - 1)
            return frozen, before[-1] if before else None

        return self._transact(freeze)

    def releases(self, year: int) -> list[Release]:
        return self.state.archive(year)

    def previous_release(self, year: int) -> Release | None:
        before = self.state.archive(year - 1)
        return before[-1] if before else None

    def _leave_checkpoint(self, share: Path, ledger: Ledger) -> None:
        """Add a checkpoint of the ledger's generation to the share; a share that cannot be written now only
        means no checkpoint this time."""
        try:
            with Folder.open(share, (ROOT, SEALED), create=True) as mailbox:
                sealed = seal(checkpoint_bytes(ledger.generation, ledger.checkpoint_key), self.public)
                mailbox.post(sealed, ledger.checkpoint_key)
        except ShareUnavailable:
            pass

    def update(self, change: Callable[[Ledger], T]) -> T:
        """Apply change to the ledger under the home's lock, from a fresh read, and write it back."""
        return self._transact(lambda state: change(state.ledger))

    def _transact(self, change: Callable[[CoordinatorState], T]) -> T:
        """Apply change to the state under the home's lock, from a fresh read, and write it back; nothing is
        written where change raises."""
        try:
            with exclusive_lock(self.folder / LOCK_NAME):
                state = self._read_state()
                value = change(state)
                self._write_state(state)
                self.state = state
        except CoordinatorError:
            raise
        except OSError as exc:
            raise CoordinatorError(
                f"The coordinator's home {self.folder} could not be written ({exc.strerror or exc}); its "
                "last saved state is kept. Free some space, or check that the home's files are plain files."
            ) from None
        return value

    # --- the encrypted state file --------------------------------------------------------------------------

    def _read_state(self) -> CoordinatorState:
        path = self.folder / STATE_NAME
        try:
            data = read_regular(path, STATE_MAX_BYTES)
        except FileNotFoundError:
            raise CoordinatorError(
                f"{path} is missing; restore the coordinator home from your backup."
            ) from None
        except OSError as exc:
            raise CoordinatorError(
                f"{path} cannot be read ({exc.strerror or exc}); restore the coordinator home from your "
                "backup."
            ) from None
        if not data.startswith(STATE_MAGIC) or len(data) < len(STATE_MAGIC) + NONCE_BYTES + 16:
            raise CoordinatorError(f"{path} is damaged; restore the coordinator home from your backup.")
        nonce = data[len(STATE_MAGIC) : len(STATE_MAGIC) + NONCE_BYTES]
        try:
            plain = AESGCM(bytes(self._key())).decrypt(
                nonce, data[len(STATE_MAGIC) + NONCE_BYTES :], self._aad()
            )
        except InvalidTag:
            raise CoordinatorError(
                f"{path} does not belong to {self.folder / KEYS_NAME} or is damaged; restore both from the "
                "same backup."
            ) from None
        return CoordinatorState.from_bytes(plain, path)

    def _write_state(self, state: CoordinatorState) -> None:
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(bytes(self._key())).encrypt(nonce, state.to_bytes(), self._aad())
        write_atomically(self.folder / STATE_NAME, STATE_MAGIC + nonce + sealed)

    def _aad(self) -> bytes:
        return STATE_MAGIC + self._keys.vault_id.encode("ascii")

    def _key(self) -> bytearray:
        if self._data_key is None:
            raise CoordinatorError("The coordinator home is locked.")
        return self._data_key


@contextmanager
def unlocked(folder: Path, passphrase: str) -> Iterator[Coordinator]:
    coordinator = Coordinator.unlock(folder, passphrase)
    try:
        yield coordinator
    finally:
        coordinator.lock()


def few_laptops_warning(devices: int) -> str:
    return (
        f"Only {devices} {'laptop' if devices == 1 else 'laptops'} reported this year. With fewer than "
        f"{SAFE_LAPTOPS}, a reader who knows "
        "which counsellors they are can read the hidden figures as their caseload, and each counsellor's "
        "own figures stand out more. Release only if the unit accepts that risk (--accept-few-laptops)."
    )


def _fingerprint(text: str | None, option: str) -> str:
    fp = normalise_fingerprint(text or "")
    if fp is None:
        raise CoordinatorError(
            f"{option} {text!r} is not a device fingerprint (six groups of four letters and digits, as the "
            "laptop's sync panel or 'vinkdesk sync --show-device' shows it)."
        )
    return fp


def _older_home(folder: Path, newest: int, generation: int) -> Finding:
    return Finding(
        HOME,
        str(folder),
        f"this home is older than a checkpoint it left on the share (generation {newest}, the home is at "
        f"{generation}): it was restored or swapped for an older copy. What was accepted since is missing "
        "from "
        "it, and files deleted since go unnoticed. Restore the newest backup of the home, or find out who "
        "changed it",
    )


def _refuse_home_on_share(folder: Path, share: Path) -> None:
    if _on_share(folder, share):
        raise CoordinatorError(
            f"The coordinator's home {folder} is on the share {share}: its private key would be there for "
            "anyone who can read the share. Keep the home on the coordinator's own disk (move it back)."
        )


def _on_share(folder: Path, share: Path) -> bool:
    """Is folder the share or inside it, by path or by the file system itself? The same folder reached by
    a second path (a link, a bind mount) has the same device and inode as the share."""
    home, root = os.path.realpath(folder), os.path.realpath(share)
    if home == root or home.startswith(root.rstrip(os.sep) + os.sep):
        return True
    try:
        target = os.stat(share)
    except OSError:
        return False
    candidate = Path(home)
    for place in (candidate, *candidate.parents):
        try:
            info = os.stat(place)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (target.st_dev, target.st_ino):
            return True
    return False


def _remove_quietly(path: Path, folder: Folder | None = None) -> None:
    try:
        if folder is not None:
            folder.remove(path.name)
        else:
            path.unlink()
    except OSError:
        pass


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
