"""Scenario packs in the data folder: list what is installed, export, and import safely.

Import checks the whole pack first (:func:`trainer.exchange.packs.check_pack`: nothing
is written), then writes each scenario into a staging folder inside the data folder,
validates it there with the real reader, and only then swaps it into
``scenarios/<id>/`` whole: a failure at any point leaves the library as it was.

Signed packs (docs/packs.md): a signature that does not verify refuses the pack; one by
a centre in the station's trust store makes it **official**; an unsigned pack, or one
signed by a key not trusted here, installs only when an instructor confirmed it
(``confirmed_unofficial``) and is marked **unofficial**. Each installed folder records
that in ``.pack-origin.json`` (written into the staged folder, so it is swapped in with
it), with the SHA-256 of every file: a folder edited since no longer counts as signed.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from trainer.domain.errors import TrainerError
from trainer.domain.ids import SCENARIO_ID_RE
from trainer.exchange.centre_keys import CentreKey, grouped
from trainer.exchange.pack_signature import PackSignature, parse_signature
from trainer.exchange.packs import (
    ORIGIN_NAME,
    CheckedPack,
    Exported,
    ExportSource,
    PackError,
    PackScenario,
    build_pack,
    check_pack,
    parse_manifest,
)
from trainer.exchange.trust_store import TrustStore
from trainer.exchange.twee import load_json
from trainer.fileio import atomic_write_bytes, fsync_dir
from trainer.paths import check_data_dir
from trainer.scenario_io.folders import is_scenario_folder
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services.library import LibraryEntry, LibraryService

#: What an import did with a scenario.
INSTALLED = "installed"
REPLACED = "replaced"
SKIPPED_SAME = "skipped-same"
REFUSED = "refused"

#: Why an import did what it did (:attr:`ImportOutcome.code`).
REASON_CODES = (
    "new",
    "older-replaced",
    "same-replaced",
    "broken-replaced",
    "same-files",
    "same-as-shipped",
    "shipped-id",
    "not-a-folder",
    "link",
    "broken-installed",
    "newer-installed",
    "same-version-differs",
)

#: A pack's signature, as the station sees it.
TRUSTED = "trusted"
UNSIGNED = "unsigned"
UNKNOWN_SIGNER = "unknown-signer"
_ORIGIN_FORMAT = "trainer-pack-origin"
_MAX_ORIGIN_BYTES = 1024 * 1024

#: How the library's folder labels read in listings.
_SOURCES = {"shipped": "shipped", "local": "user"}
_STAGING_PREFIX = ".pack-staging-"
#: Findings quoted in a refusal (the rest are counted).
_QUOTED_FINDINGS = 3


@dataclass(frozen=True)
class InstalledScenario:
    """One installed scenario folder, as ``trainer scenarios list`` shows it."""

    id: str
    version: int | None  # None: the folder does not load
    source: str  # "shipped" or "user"
    path: Path
    #: The trusted centre whose signature vouches for the folder's files as they are now.
    signed_by: str | None = None
    #: Shipped, or installed from a pack signed by a centre trusted here and unchanged since.
    official: bool = False
    signer_fingerprint: str | None = None
    #: Installed from a pack (an origin record is beside it), signed or not.
    from_pack: bool = False
    #: The scenario's title by language (empty for a folder that does not load).
    title: Mapping[str, str] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "source": self.source,
            "path": str(self.path),
            "signed_by": self.signed_by,
            "official": self.official,
            "signer_fingerprint": self.signer_fingerprint,
            "from_pack": self.from_pack,
        }


@dataclass(frozen=True)
class SignatureInfo:
    """Who signed a pack, as this station sees it."""

    state: str  # TRUSTED, UNSIGNED or UNKNOWN_SIGNER
    signer_name: str | None = None  # the trust store's name if trusted, else the pack's claim
    fingerprint: str | None = None

    @property
    def official(self) -> bool:
        return self.state == TRUSTED

    def describe(self) -> str:
        if self.state == UNSIGNED:
            return "the pack is not signed"
        assert self.fingerprint is not None
        key = f"{self.signer_name!r} (key {grouped(self.fingerprint)})"
        if self.state == TRUSTED:
            return f"signed by {key}, a centre this station trusts"
        return f"signed by a key this station does not trust, which calls itself {key}"

    def to_json(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "signer_name": self.signer_name,
            "fingerprint": self.fingerprint,
        }


class UnofficialPackError(TrainerError):
    """A pack that is not signed by a trusted centre, and no instructor confirmed it."""

    def __init__(self, file: Path, signature: SignatureInfo) -> None:
        self.file = file
        self.signature = signature
        super().__init__(
            f"{file}: {signature.describe()}: it installs only as unofficial, when an"
            " instructor confirms it (add --by INSTRUCTOR); nothing was installed"
        )


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did with one scenario of the pack, and why."""

    id: str
    version: int
    action: str  # INSTALLED, REPLACED, SKIPPED_SAME or REFUSED
    reason: str
    path: Path
    previous_version: int | None = None
    #: Whether the pack was signed by a trusted centre, and who signed it.
    official: bool = False
    signed_by: str | None = None
    #: The reason as a code (:data:`REASON_CODES`), for the GUI to word it.
    code: str = "new"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "action": self.action,
            "reason": self.reason,
            "code": self.code,
            "path": str(self.path),
            "previous_version": self.previous_version,
            "official": self.official,
            "signed_by": self.signed_by,
        }


@dataclass(frozen=True)
class InspectedScenario:
    """A scenario of a pack and what an import would do with it."""

    id: str
    version: int
    title_pl: str
    title_en: str
    action: str  # INSTALLED ("install"), REPLACED ("replace"), SKIPPED_SAME / REFUSED ("keep")
    reason: str
    previous_version: int | None = None
    #: The reason as a code (:data:`REASON_CODES`), for the GUI to word it.
    code: str = "new"

    @property
    def plan(self) -> str:
        """``install``, ``replace`` or ``keep`` (skipped or refused: the library keeps its own)."""
        return {INSTALLED: "install", REPLACED: "replace"}.get(self.action, "keep")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "title": {"pl": self.title_pl, "en": self.title_en},
            "plan": self.plan,
            "action": self.action,
            "reason": self.reason,
            "previous_version": self.previous_version,
            "code": self.code,
        }


@dataclass(frozen=True)
class PackInspection:
    """Everything an import would check and do, found without writing to the library."""

    file: Path
    signature: SignatureInfo
    scenarios: tuple[InspectedScenario, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "signature": self.signature.to_json(),
            "scenarios": [s.to_json() for s in self.scenarios],
        }


def _quote_errors(result: LoadResult) -> str:
    errors = result.errors
    lines = [f.format_line() for f in errors[:_QUOTED_FINDINGS]]
    more = len(errors) - len(lines)
    return "; ".join(lines) + (f"; and {more} more" if more > 0 else "")


def _folder_digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in ``folder`` by '/'-separated relative path (links listed).

    The origin record is not content: it is left out.
    """
    digests: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if relative == ORIGIN_NAME:
            continue
        if path.is_symlink():
            digests[relative] = "link"
        elif path.is_file():
            digests[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def _remove_stale_staging(data_dir: Path) -> None:
    """Remove staging folders left by an import that was killed (its process is gone)."""
    for candidate in data_dir.glob(f"{_STAGING_PREFIX}*"):
        pid = candidate.name[len(_STAGING_PREFIX) :].partition("-")[0]
        if pid.isdigit() and not _running(int(pid)) and candidate.is_dir():
            shutil.rmtree(candidate, ignore_errors=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return True  # no cheap check there: a leftover is removed by hand, never by guess
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists (another user's): not ours to remove
    return True


def _write_origin(
    folder: Path, scenario_id: str, checked: CheckedPack, info: SignatureInfo
) -> None:
    """Record in the staged ``folder`` where it came from: the signature's state, and the
    pack's manifest and signature member themselves, so that whether the folder is
    official can be checked again, cryptographically, whenever it is listed."""
    signature = checked.signature
    record = {
        "format": _ORIGIN_FORMAT,
        "format_version": 1,
        "scenario_id": scenario_id,
        "official": info.official,
        "signature": info.to_json(),
        "manifest": base64.b64encode(checked.manifest_bytes).decode("ascii"),
        "signature_member": (
            None if signature is None else base64.b64encode(signature.raw).decode("ascii")
        ),
    }
    text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    with (folder / ORIGIN_NAME).open("x", encoding="utf-8") as handle:
        handle.write(text)


def _read_origin(folder: Path) -> dict[str, Any] | None:
    """The origin record of an installed folder, or None if it has none that reads."""
    path = folder / ORIGIN_NAME
    try:
        if path.is_symlink() or path.stat().st_size > _MAX_ORIGIN_BYTES:
            return None
        value = load_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(value, dict) or value.get("format") != _ORIGIN_FORMAT:
        return None
    return value


def _verified_signer(folder: Path, origin: dict[str, Any]) -> PackSignature | None:
    """The signature that vouches for ``folder`` as it is now, checked afresh: the
    recorded signature verifies over the recorded manifest, the manifest lists this
    scenario (the folder's name), and the folder holds exactly the files it lists."""
    try:
        manifest_bytes = base64.b64decode(str(origin.get("manifest")), validate=True)
        member = origin.get("signature_member")
        if not isinstance(member, str):
            return None
        signature = parse_signature(base64.b64decode(member, validate=True))
        if origin.get("scenario_id") != folder.name or not signature.verifies(manifest_bytes):
            return None
        manifest = parse_manifest(manifest_bytes)
    except (ValueError, PackError):
        return None
    listed = next((s for s in manifest.scenarios if s.id == folder.name), None)
    if listed is None:
        return None
    if {f.path: f.sha256 for f in listed.files} != _folder_digests(folder):
        return None  # edited since it was installed: no longer what the centre signed
    return signature


def official_signer(
    folder: Path, trust: TrustStore, trusted: dict[str, str] | None = None
) -> tuple[str, str] | None:
    """(fingerprint, centre) if ``folder`` is official: installed from a pack whose
    signature still verifies, by a centre still trusted here, with exactly the files it
    was signed with. ``trusted`` (fingerprint → centre) saves reading the store again."""
    origin = _read_origin(folder)
    if origin is None:
        return None
    if trusted is None:
        trusted = {key.fingerprint: key.centre for key in trust.centres()}
    signature = _verified_signer(folder, origin)
    if signature is None or signature.key.fingerprint not in trusted:
        return None
    if not trust.trusts(signature.key):
        return None  # the same fingerprint, other keys: not the centre trusted here
    return signature.key.fingerprint, trusted[signature.key.fingerprint]


class ScenarioPacks:
    """Scenario packs for one data folder, beside the shipped scenarios."""

    def __init__(
        self,
        *,
        shipped: Path,
        data_dir: Path,
        app_version: str,
        trust: TrustStore | None = None,
    ) -> None:
        self.shipped = shipped
        self.data_dir = data_dir
        self.user_root = data_dir / "scenarios"
        self.app_version = app_version
        self.trust = trust if trust is not None else TrustStore.for_data_dir(data_dir)

    # -- listing -----------------------------------------------------------------------

    def installed(self) -> list[InstalledScenario]:
        """Every scenario folder, shipped first, then the user's (copies included)."""
        library = LibraryService([(self.shipped, "shipped"), (self.user_root, "local")])
        return self.describe(library.read_all())

    def describe(self, entries: Iterable[LibraryEntry]) -> list[InstalledScenario]:
        """Scenario folders already read (the desktop app's library), as listed here."""
        trusted = {key.fingerprint: key.centre for key in self.trust.centres()}
        listed = []
        for entry in entries:
            source = _SOURCES.get(entry.source, entry.source)
            signer = None if source == "shipped" else self._signer(entry.folder, trusted)
            listed.append(
                InstalledScenario(
                    id=entry.key,
                    version=entry.result.scenario.version if entry.result.scenario else None,
                    source=source,
                    path=entry.folder,
                    signed_by=signer[1] if signer else None,
                    official=source == "shipped" or signer is not None,
                    signer_fingerprint=signer[0] if signer else None,
                    from_pack=source != "shipped" and (entry.folder / ORIGIN_NAME).is_file(),
                    title=dict(entry.result.scenario.title) if entry.result.scenario else {},
                )
            )
        return listed

    def _signer(self, folder: Path, trusted: dict[str, str]) -> tuple[str, str] | None:
        return official_signer(folder, self.trust, trusted)

    def signature_info(self, signature: PackSignature | None) -> SignatureInfo:
        """How this station sees a (verified) pack signature: trusted, unknown or none."""
        if signature is None:
            return SignatureInfo(UNSIGNED)
        key = signature.key
        if self.trust.trusts(key):
            found = self.trust.find(key.fingerprint)
            assert found is not None
            return SignatureInfo(TRUSTED, found.centre, key.fingerprint)
        return SignatureInfo(UNKNOWN_SIGNER, key.centre, key.fingerprint)

    # -- export ------------------------------------------------------------------------

    def find_folder(self, reference: str) -> Path:
        """The folder ``reference`` names: a scenario folder path, else an installed id."""
        given = Path(reference)
        if given.exists():
            if not is_scenario_folder(given):
                raise PackError(
                    f"{reference}: not a scenario folder (no scenario.yaml in it)", kind="not-found"
                )
            return given
        if SCENARIO_ID_RE.match(reference):
            for root in (self.shipped, self.user_root):  # the library's order: first wins
                if is_scenario_folder(root / reference):
                    return root / reference
        raise PackError(
            f"{reference}: no such folder and no installed scenario with this id"
            " (`trainer scenarios list` shows them)",
            kind="not-found",
        )

    def export(
        self, references: Sequence[str], output: Path, *, signer: CentreKey | None = None
    ) -> Exported:
        """Write the pack of the scenarios ``references`` name to ``output`` (atomically),
        signed by ``signer`` if given.

        Each must be valid; PackError names the first that is not.
        """
        sources = []
        for reference in references:
            folder = self.find_folder(reference)
            result = load_scenario(folder)
            if not result.playable or result.scenario is None:
                raise PackError(
                    f"{reference}: the scenario has {len(result.errors)} error(s) and cannot"
                    f" be exported: {_quote_errors(result)}",
                    kind="invalid-scenario",
                )
            scenario = result.scenario
            sources.append(ExportSource(folder, scenario.id, scenario.version, scenario.format))
        exported = build_pack(sources, app_version=self.app_version, signer=signer)
        atomic_write_bytes(output, exported.data)
        return exported

    # -- import ------------------------------------------------------------------------

    def inspect(self, file: Path, *, replace_same_version: bool = False) -> PackInspection:
        """Check ``file`` as an import does and say what it would do, writing nothing to
        the library (the scenarios are staged in a temporary folder outside it).

        PackError (naming the member) for a pack an import would refuse whole.
        """
        with tempfile.TemporaryDirectory(prefix="trainer-pack-inspect-") as temporary:
            staging = Path(temporary)
            checked = check_pack(file, into=staging)
            titles = self._validate(checked, staging)
            signature = self.signature_info(checked.signature)
            scenarios = []
            for scenario in checked.manifest.scenarios:
                outcome = self._decide(scenario, staging, replace_same_version, signature)
                title_pl, title_en = titles[scenario.id]
                scenarios.append(
                    InspectedScenario(
                        outcome.id,
                        outcome.version,
                        title_pl,
                        title_en,
                        outcome.action,
                        outcome.reason,
                        outcome.previous_version,
                        outcome.code,
                    )
                )
        return PackInspection(file, signature, tuple(scenarios))

    def import_pack(
        self,
        file: Path,
        *,
        replace_same_version: bool = False,
        confirmed_unofficial: bool = False,
    ) -> list[ImportOutcome]:
        """Check ``file`` whole, then install its scenarios that the version rules allow.

        PackError (and nothing written) for a pack that fails any check, including a
        scenario that does not validate or a signature that does not verify.
        UnofficialPackError (nothing written) for a pack not signed by a trusted centre
        unless ``confirmed_unofficial`` (the caller had an instructor confirm it). Per
        scenario: a newer installed version is never replaced; the same version with
        other content only with ``replace_same_version``; an older one is replaced.
        """
        # Everything checked once before the data folder is touched.
        first = check_pack(file, keep=False)
        signature = self.signature_info(first.signature)
        if not signature.official and not confirmed_unofficial:
            raise UnofficialPackError(file, signature)
        check_data_dir(self.data_dir, for_writing=True)
        _remove_stale_staging(self.data_dir)
        staging = Path(
            tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{os.getpid()}-", dir=self.data_dir)
        )
        try:
            # Read again, streamed into staging: one file in memory at a time, and the
            # pack's bytes checked again as they are written (the file may have changed).
            checked = check_pack(file, into=staging)
            if checked.signature != first.signature:
                raise PackError("the pack changed while it was being imported")
            self._validate(checked, staging)
            outcomes = [
                self._decide(scenario, staging, replace_same_version, signature)
                for scenario in checked.manifest.scenarios
            ]
            trusted = {key.fingerprint: key.centre for key in self.trust.centres()}
            for number, outcome in enumerate(outcomes):
                if outcome.action in (INSTALLED, REPLACED):
                    _write_origin(staging / outcome.id, outcome.id, checked, signature)
                    self._swap_in(staging / outcome.id, outcome.path, staging)
                elif (
                    outcome.action == SKIPPED_SAME
                    and signature.official
                    and not is_scenario_folder(self.shipped / outcome.id)
                    and is_scenario_folder(outcome.path)
                    and self._signer(outcome.path, trusted) is None
                ):
                    # The same files, now signed by a trusted centre: they are official.
                    staged = staging / outcome.id
                    _write_origin(staged, outcome.id, checked, signature)
                    atomic_write_bytes(
                        outcome.path / ORIGIN_NAME, (staged / ORIGIN_NAME).read_bytes()
                    )
                    outcomes[number] = replace(outcome, reason=f"{outcome.reason}; now official")
            return outcomes
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _validate(self, checked: CheckedPack, staging: Path) -> dict[str, tuple[str, str]]:
        """Load each staged scenario with the real reader; its titles (pl, en) by id."""
        titles = {}
        for scenario in checked.manifest.scenarios:
            folder = staging / scenario.id
            result = load_scenario(folder, label=scenario.id)
            if not result.playable or result.scenario is None:
                raise PackError(
                    f"the scenario {scenario.id!r} does not validate"
                    f" ({len(result.errors)} error(s)): {_quote_errors(result)}",
                    kind="invalid-scenario",
                )
            loaded = result.scenario
            if loaded.version != scenario.version or loaded.format != scenario.format:
                raise PackError(
                    f"the scenario {scenario.id!r} is version {loaded.version} (format"
                    f" {loaded.format}); the manifest says version {scenario.version} (format"
                    f" {scenario.format})",
                    kind="invalid-scenario",
                )
            default = loaded.default_language
            titles[scenario.id] = (
                loaded.title.resolve("pl", default),
                loaded.title.resolve("en", default),
            )
        return titles

    def _decide(
        self,
        scenario: PackScenario,
        staging: Path,
        replace_same: bool,
        signature: SignatureInfo,
    ) -> ImportOutcome:
        target = self.user_root / scenario.id
        incoming = _folder_digests(staging / scenario.id)
        signed_by = signature.signer_name if signature.official else None

        def outcome(
            action: str, code: str, reason: str, previous: int | None = None
        ) -> ImportOutcome:
            return ImportOutcome(
                scenario.id,
                scenario.version,
                action,
                reason,
                target,
                previous,
                official=signature.official,
                signed_by=signed_by,
                code=code,
            )

        shipped = self.shipped / scenario.id
        if is_scenario_folder(shipped):
            result = load_scenario(shipped)
            version = result.scenario.version if result.scenario else None
            if version == scenario.version and _folder_digests(shipped) == incoming:
                return outcome(
                    SKIPPED_SAME, "same-as-shipped", "the same as the shipped scenario", version
                )
            return outcome(
                REFUSED,
                "shipped-id",
                f"a scenario shipped with the app has this id (version {version}), and the"
                " library shows the shipped one: give the pack's scenario another id",
                version,
            )
        if os.path.lexists(target) and not is_scenario_folder(target):
            return outcome(REFUSED, "not-a-folder", f"{target} exists and is not a scenario folder")
        if not os.path.lexists(target):
            return outcome(INSTALLED, "new", "new")
        if target.is_symlink():
            return outcome(REFUSED, "link", f"{target} is a symbolic link; it is left alone")
        result = load_scenario(target)
        local = result.scenario.version if result.scenario else None
        if local is None:
            if replace_same:
                return outcome(
                    REPLACED, "broken-replaced", "the installed copy did not load; replaced (--yes)"
                )
            return outcome(
                REFUSED,
                "broken-installed",
                "the installed copy does not load, so its version is unknown: add --yes to"
                " replace it",
            )
        if local > scenario.version:
            return outcome(
                REFUSED,
                "newer-installed",
                f"version {local} is installed, newer than the pack's {scenario.version}",
                local,
            )
        if local < scenario.version:
            return outcome(
                REPLACED, "older-replaced", f"version {local} replaced by {scenario.version}", local
            )
        if _folder_digests(target) == incoming:
            return outcome(
                SKIPPED_SAME,
                "same-files",
                f"version {local} is installed with the same files",
                local,
            )
        if replace_same:
            return outcome(
                REPLACED,
                "same-replaced",
                f"version {local} had other content; replaced (--yes)",
                local,
            )
        return outcome(
            REFUSED,
            "same-version-differs",
            f"version {local} is installed with different content under the same version"
            " number: add --yes to replace it (or ask the author to raise the version)",
            local,
        )

    def _swap_in(self, new: Path, target: Path, staging: Path) -> None:
        """Put the folder ``new`` at ``target`` whole; an old one is moved aside first."""
        target.parent.mkdir(parents=True, exist_ok=True)
        old = staging / f"{target.name}.previous"
        had_old = os.path.lexists(target)
        if had_old:
            os.replace(target, old)
        try:
            os.replace(new, target)
        except BaseException:
            if had_old:
                with contextlib.suppress(OSError):
                    os.replace(old, target)
            raise
        fsync_dir(target.parent)


__all__ = [
    "INSTALLED",
    "ORIGIN_NAME",
    "REASON_CODES",
    "REFUSED",
    "REPLACED",
    "SKIPPED_SAME",
    "TRUSTED",
    "UNKNOWN_SIGNER",
    "UNSIGNED",
    "ImportOutcome",
    "InspectedScenario",
    "InstalledScenario",
    "PackInspection",
    "ScenarioPacks",
    "SignatureInfo",
    "UnofficialPackError",
]
