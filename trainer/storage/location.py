"""Is the data folder on this computer's own disk? (reliability.md T8)

The progress database runs SQLite in WAL mode, which needs shared memory and honest
locking and fsync from the file system: on a network share it fails or corrupts the
file, a synced folder (OneDrive) may upload a half-written copy or put an old one back,
and a USB stick pulled out mid-write loses the step. So the live database is opened
only on a local disk; USB sticks carry backups and exports, not the live file. The one
exception is the portable app run from a stick with its data beside it, which its
user chose knowingly (``trainer.paths``).

:func:`probe_location` asks the operating system; tests replace it.
"""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath

from trainer.storage.errors import DataLocationError

NETWORK = "network"
REMOVABLE = "removable"
SYNCED = "synced"

# File systems that reach over a network (Linux names, as /proc/self/mountinfo gives them).
_NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "lustre",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
    }
)

# Windows' GetDriveTypeW answers.
_DRIVE_REMOVABLE = 2
_DRIVE_REMOTE = 4

# Folders a sync client mirrors to the cloud (Windows sets these for OneDrive).
_SYNCED_FOLDER_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def check_data_location(folder: Path, *, allow_removable: bool = False) -> None:
    """DataLocationError if ``folder`` is on a network share, a synced folder, or (unless
    ``allow_removable``) a removable drive. A location the probe cannot tell passes."""
    kind = probe_location(folder)
    if kind is None or (kind == REMOVABLE and allow_removable):
        return
    raise DataLocationError(folder, kind)


def probe_location(folder: Path) -> str | None:
    """``"network"``, ``"synced"``, ``"removable"``, or None for a local disk (or unknown)."""
    try:
        path = _nearest_existing(folder).resolve()
        if sys.platform == "win32":
            return _probe_windows(path)
        if sys.platform.startswith("linux"):
            return _probe_linux(path)
    except (OSError, ValueError):
        pass
    return None


def _nearest_existing(folder: Path) -> Path:
    """``folder``, or its nearest parent that exists (a data folder not made yet)."""
    path = folder.absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _probe_windows(path: PurePath, drive_type: Callable[[str], int] | None = None) -> str | None:
    """``drive_type``: Windows' GetDriveTypeW (tests pass a stand-in)."""
    text = str(path)
    if text.startswith("\\\\"):  # \\server\share, or \\?\UNC\server\share
        return NETWORK
    for variable in _SYNCED_FOLDER_VARIABLES:
        synced = os.environ.get(variable)
        if synced and _is_within(text, synced):
            return SYNCED
    if drive_type is None:
        import ctypes

        drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined,unused-ignore]
    kind = drive_type(ntpath.splitdrive(text)[0] + "\\")
    if kind == _DRIVE_REMOTE:
        return NETWORK
    if kind == _DRIVE_REMOVABLE:
        return REMOVABLE
    return None


def _is_within(path: str, folder: str) -> bool:
    """Whether Windows path ``path`` is ``folder`` or inside it (case-insensitive)."""
    inner, outer = PureWindowsPath(path), PureWindowsPath(folder)
    return inner == outer or outer in inner.parents


def _probe_linux(
    path: Path, proc: Path = Path("/proc"), sys_root: Path = Path("/sys")
) -> str | None:
    mount = _mount_of(path, (proc / "self" / "mountinfo").read_text(encoding="utf-8"))
    if mount is None:
        return None
    device, file_system = mount
    if file_system in _NETWORK_FILE_SYSTEMS:
        return NETWORK
    if _is_removable_block_device(device, sys_root):
        return REMOVABLE
    return None


def _mount_of(path: Path, mountinfo: str) -> tuple[str, str] | None:
    """(``major:minor``, file system type) of the mount holding ``path``."""
    best: tuple[int, str, str] | None = None
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields:
            continue
        separator = fields.index("-")
        if separator < 5 or separator + 1 >= len(fields):
            continue
        point = Path(_unescape(fields[4]))
        if path == point or point in path.parents:
            depth = len(point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fields[2], fields[separator + 1])
    return None if best is None else (best[1], best[2])


def _unescape(field: str) -> str:
    """Mount points escape space, tab, newline and backslash as octal (``\\040``)."""
    for code in ("\\040", "\\011", "\\012", "\\134"):
        field = field.replace(code, chr(int(code[1:], 8)))
    return field


def _is_removable_block_device(device: str, sys_root: Path = Path("/sys")) -> bool:
    """Whether the disk behind ``major:minor`` says it is removable (USB sticks, cards)."""
    block = sys_root / "dev" / "block" / device
    try:
        disk = block.resolve()
        if (disk / "partition").exists():  # a partition: ask its disk
            disk = disk.parent
        if "/usb" in disk.as_posix():  # any USB disk can be pulled out, whatever it says
            return True
        return (disk / "removable").read_text(encoding="ascii").strip() == "1"
    except OSError:
        return False
