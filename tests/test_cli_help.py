"""`bagalau --help` lists every command, so a specialist can find them without the README."""
import subprocess
import sys


def test_help_lists_the_commands() -> None:
    out = subprocess.run([sys.executable, "-m", "desktop_app", "--help"], capture_output=True, text=True, check=True)
    for command in ("demo", "bench", "import-staff", "export-staff", "print", "export", "backup", "restore", "check"):
        assert f"    {command} " in out.stdout, command
