"""CI must not pass by skipping: a browser or Perl that cannot be installed fails the run.

.ci/tools is run with a PATH of stand-ins (an apt-get that fails or "installs", no Chromium,
no Perl), so nothing on this machine is installed or changed; ``helpers.require`` is run by
pytest on a test file written here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT

STUB = "#!/bin/bash\n"


def tools(tmp_path: Path, ci: bool, apt_installs: bool) -> subprocess.CompletedProcess[str]:
    """Run .ci/tools where only stand-ins are on the PATH; apt-get records its calls."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "apt-calls"
    installs = (
        f'for tool in chromium perl; do printf "{STUB}exit 0\\n" > {bin_dir}/$tool; '
        f"/bin/chmod +x {bin_dir}/$tool; done\n"
    )
    apt = f'{STUB}echo "$@" >> {calls}\n' + (
        f'if [ "$1" = install ]; then {installs} fi\nexit 0\n' if apt_installs else "exit 100\n"
    )
    (bin_dir / "apt-get").write_text(apt)
    (bin_dir / "apt-get").chmod(0o755)
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path)} | ({"CI": "true"} if ci else {})
    return subprocess.run(
        ["/bin/bash", str(ROOT / ".ci" / "tools")], env=env, capture_output=True, text=True
    )


def test_ci_fails_when_the_browser_cannot_be_installed(tmp_path: Path) -> None:
    done = tools(tmp_path, ci=True, apt_installs=False)
    assert done.returncode == 1
    assert "could not be installed" in done.stderr and "cannot run" in done.stderr
    asked = (tmp_path / "apt-calls").read_text().splitlines()
    assert asked == ["update -qq"]  # the update failed: nothing was installed


def test_a_developer_machine_goes_on_with_a_warning(tmp_path: Path) -> None:
    done = tools(tmp_path, ci=False, apt_installs=False)
    assert done.returncode == 0
    assert "will skip" in done.stderr


def test_ci_goes_on_once_the_tools_are_installed(tmp_path: Path) -> None:
    done = tools(tmp_path, ci=True, apt_installs=True)
    assert done.returncode == 0, done.stderr
    asked = (tmp_path / "apt-calls").read_text().splitlines()
    assert asked == ["update -qq", "install -y -qq chromium libxml-parser-perl"]


def test_ci_runs_the_tools_script_before_the_tests() -> None:
    steps = [
        line
        for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert steps.index("bash .ci/tools") < next(
        i for i, line in enumerate(steps) if ".venv/bin/pytest" in line
    )


@pytest.mark.parametrize(("ci", "outcome"), [(True, "1 failed"), (False, "1 skipped")])
def test_a_missing_tool_skips_the_test_but_fails_it_in_ci(
    tmp_path: Path, ci: bool, outcome: str
) -> None:
    (tmp_path / "test_needs_a_tool.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT / 'tests')!r})\n"
        "from helpers import require\n\n"
        "def test_it():\n    require(False, 'no such tool')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "CI"} | ({"CI": "true"} if ci else {})
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert outcome in done.stdout, done.stdout
    assert done.returncode == (1 if ci else 0)
