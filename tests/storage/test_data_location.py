"""The live database only on this computer's own disk (reliability.md T8).

The operating system's answer is mocked: a mountinfo and a /sys tree for the Linux
probe, a stand-in for Windows' GetDriveTypeW, the probe itself for the app and the
CLI. (The real GetDriveTypeW call runs only on Windows: see README.)
"""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.services.context import open_services
from trainer.services.data_location import check_data_folder
from trainer.storage import location
from trainer.storage.errors import DataLocationError
from trainer.storage.location import (
    NETWORK,
    REMOVABLE,
    SYNCED,
    _mount_of,
    _probe_linux,
    _probe_windows,
    check_data_location,
)

MOUNTINFO = """\
22 1 254:0 / / rw,relatime - ext4 /dev/mapper/root rw
40 22 0:45 / /mnt/share rw,relatime - cifs //server/share rw,vers=3.0
41 22 0:46 / /home/anna/nfs rw - nfs4 server:/export rw
42 22 8:17 / /media/anna/KINGSTON rw,nosuid - vfat /dev/sdb1 rw
43 22 8:1 / /media/anna/My\\040Disk rw - ext4 /dev/sda1 rw
44 40 254:0 /local /mnt/share/local rw - ext4 /dev/mapper/root rw
"""


@pytest.fixture
def fake_system(tmp_path: Path) -> tuple[Path, Path]:
    """/proc with MOUNTINFO; /sys with sdb (a USB stick, removable) and sda (fixed)."""
    proc = tmp_path / "proc"
    (proc / "self").mkdir(parents=True)
    (proc / "self" / "mountinfo").write_text(MOUNTINFO, encoding="utf-8")
    sys_root = tmp_path / "sys"
    for disk, removable, bus in (("sdb", "1", "pci0/usb1/1-1"), ("sda", "0", "pci0/ata1")):
        device = sys_root / "devices" / bus / "block" / disk
        (device / f"{disk}1").mkdir(parents=True)
        (device / f"{disk}1" / "partition").write_text("1", encoding="ascii")
        (device / "removable").write_text(removable + "\n", encoding="ascii")
        (sys_root / "dev" / "block").mkdir(parents=True, exist_ok=True)
    (sys_root / "dev" / "block" / "8:17").symlink_to(
        sys_root / "devices/pci0/usb1/1-1/block/sdb/sdb1"
    )
    (sys_root / "dev" / "block" / "8:1").symlink_to(sys_root / "devices/pci0/ata1/block/sda/sda1")
    return proc, sys_root


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("/home/anna/.local/share/trainer", None),
        ("/mnt/share/trainer", NETWORK),
        ("/home/anna/nfs/trainer/data", NETWORK),
        ("/mnt/share/local/trainer", None),  # a local disk mounted inside the share
        ("/media/anna/KINGSTON/trainer", REMOVABLE),
        ("/media/anna/My Disk/trainer", None),  # an escaped space; a fixed disk
        ("/media/anna", None),
    ],
)
def test_the_linux_probe_reads_the_mount_and_the_disk(
    fake_system: tuple[Path, Path], folder: str, expected: str | None
) -> None:
    proc, sys_root = fake_system
    assert _probe_linux(Path(folder), proc, sys_root) == expected


def test_the_innermost_mount_wins_and_a_line_it_cannot_read_is_skipped() -> None:
    text = "garbage\n" + MOUNTINFO + "7 1 8:2 / /mnt/share/local/x rw\n"
    assert _mount_of(Path("/mnt/share/local/x/y"), text) == ("254:0", "ext4")


def test_a_usb_disk_counts_as_removable_whatever_it_says(tmp_path: Path) -> None:
    sys_root = tmp_path / "sys"
    device = sys_root / "devices" / "pci0" / "usb2" / "2-1" / "block" / "sdc"
    device.mkdir(parents=True)
    (device / "removable").write_text("0\n", encoding="ascii")  # a USB hard disk says 0
    (sys_root / "dev" / "block").mkdir(parents=True)
    (sys_root / "dev" / "block" / "8:32").symlink_to(device)
    assert location._is_removable_block_device("8:32", sys_root)
    assert not location._is_removable_block_device("9:99", sys_root)  # unknown: not refused


@pytest.mark.parametrize(
    ("folder", "drive_type", "expected"),
    [
        ("C:\\Users\\anna\\AppData\\Local\\trainer", 3, None),  # DRIVE_FIXED
        ("E:\\trainer", 2, REMOVABLE),  # DRIVE_REMOVABLE
        ("H:\\trainer", 4, NETWORK),  # DRIVE_REMOTE: a mapped drive
        ("\\\\server\\share\\trainer", 3, NETWORK),  # UNC, never asked
        ("C:\\Users\\anna\\OneDrive - Policja\\trainer", 3, SYNCED),
        ("c:\\users\\ANNA\\onedrive - policja", 3, SYNCED),  # any case
        ("C:\\Users\\anna\\OneDrive - Policja2\\trainer", 3, None),  # a neighbour
    ],
)
def test_the_windows_probe_knows_drive_types_unc_paths_and_onedrive(
    monkeypatch: pytest.MonkeyPatch, folder: str, drive_type: int, expected: str | None
) -> None:
    for variable in ("OneDrive", "OneDriveConsumer"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("OneDriveCommercial", "C:\\Users\\anna\\OneDrive - Policja")
    asked: list[str] = []

    def get_drive_type(root: str) -> int:
        asked.append(root)
        return drive_type

    assert _probe_windows(PureWindowsPath(folder), get_drive_type) == expected
    if expected in (None, REMOVABLE) or folder.startswith("H:"):  # asked: its drive's root
        assert asked == [folder[:2] + "\\"]


@pytest.mark.sqlite_only(
    "with a server the live database is not in the folder, whose location is then not checked"
)
@pytest.mark.parametrize("kind", [NETWORK, SYNCED, REMOVABLE])
def test_the_app_refuses_the_folder_and_creates_nothing_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    monkeypatch.setattr(location, "probe_location", lambda _folder: kind)
    data_dir = tmp_path / "elsewhere" / "data"
    with pytest.raises(DataLocationError) as refused:
        open_services(data_dir)
    assert refused.value.kind == kind and refused.value.data_dir == data_dir
    assert str(data_dir) in str(refused.value)
    assert not data_dir.exists()


def test_a_removable_drive_is_allowed_only_to_the_portable_app_on_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(location, "probe_location", lambda _folder: REMOVABLE)
    portable = tmp_path / "stick" / "data"
    monkeypatch.setattr("trainer.services.data_location.portable_data_dir", lambda: portable)
    check_data_folder(portable)  # the app and its data travel together: allowed
    with pytest.raises(DataLocationError):
        check_data_folder(tmp_path / "stick" / "other")
    check_data_location(tmp_path, allow_removable=True)
    monkeypatch.setattr(location, "probe_location", lambda _folder: NETWORK)
    with pytest.raises(DataLocationError):
        check_data_folder(portable)  # never on a network share


@pytest.mark.sqlite_only(
    "with a server the live database is not in the folder, whose location is then not checked"
)
def test_the_cli_says_why_and_exits_non_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    monkeypatch.setattr(location, "probe_location", lambda _folder: NETWORK)
    data_dir = tmp_path / "share" / "data"
    result = run_cli("--data-dir", data_dir, "profile", "list")
    assert result.exit_code != 0
    assert str(data_dir) in result.stderr and "network share" in result.stderr
    assert "Traceback" not in result.stderr
    assert not data_dir.exists()


def test_a_local_folder_passes_with_the_real_probe(tmp_path: Path) -> None:
    check_data_folder(tmp_path / "data")  # the test machine's temp folder is a local disk


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text(min_size=1).map(lambda s: "/" + s.replace("\x00", "")))
def test_the_mount_table_parser_never_fails_on_any_text(text: str, folder: str) -> None:
    """Whatever the kernel (or a hostile FUSE mount's name) puts there."""
    found = _mount_of(Path(folder), MOUNTINFO + text)
    assert found is None or isinstance(found, tuple)
