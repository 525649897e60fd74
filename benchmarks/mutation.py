"""Mutation score of the core modules: how many small deliberate bugs their tests catch.

mutmut puts one small change at a time into a module (a comparison flipped, a constant moved,
a call's argument dropped, a return value replaced) and runs the tests that exercise that
module; a mutant the tests let pass "survives". Modules are run one at a time, each with the
narrow, fast test selection that exercises it (``MODULES``), in a copy of the repository
(so the working tree stays usable meanwhile), at low priority. Not part of CI: it is slow.

A module with more mutants than ``--sample`` has a deterministic sample of them run (the
mutants whose names hash lowest), so the figure is an estimate of its score; the output says
so. Survivors are listed in ``mutation-survivors.txt`` (or ``--survivors``) to be read:
each one is a test to write or a change that cannot be seen (docs/testing.md).

    python benchmarks/mutation.py                 # every core module
    python benchmarks/mutation.py dedup events    # some of them
    python benchmarks/mutation.py --sample 0      # every mutant (hours)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MODULES: dict[str, tuple[list[str], list[str]]] = {
    "dedup": (
        ["src/storyline/dedup.py"],
        ["tests/test_dedup.py", "tests/test_dedup_synthetic.py"],
    ),
    "events": (
        ["src/storyline/events.py"],
        ["tests/test_events.py", "tests/test_pipeline.py", "tests/test_report.py"],
    ),
    "claims": (
        ["src/storyline/claims/*.py"],
        [
            "tests/test_claims.py",
            "tests/test_claims_events.py",
            "tests/test_claims_seeds.py",
            "tests/test_claims_stories.py",
        ],
    ),
    "stories": (
        ["src/storyline/stories.py"],
        [
            "tests/test_stories.py",
            "tests/test_stories_incremental.py",
            "tests/test_grouping.py",
        ],
    ),
    "timex": (
        ["src/storyline/timex/*.py"],
        [
            "tests/test_timex.py",
            "tests/test_timex_rules.py",
            "tests/test_timex_triggers.py",
            "tests/test_timex_genres.py",
            "tests/test_timex_neighbours.py",
        ],
    ),
    "store": (
        ["src/storyline/store.py"],
        ["tests/test_store.py", "tests/test_web.py", "tests/test_follow.py"],
    ),
    "security": (["src/storyline/web/security.py"], ["tests/test_web_security.py"]),
}
"""Each core module: the files mutated, and the tests that exercise them in-process (mutmut
learns which tests reach which function by running them once; a test that only starts
``storyline`` in another process reaches nothing it can see)."""

KILLED = {"killed", "timeout", "segfault", "caught by type check"}
SURVIVED = {"survived", "no tests", "suspicious"}


def copy_repository(into: Path) -> Path:
    """The files under version control, copied to ``into``/repo, with ../shared beside the
    copy's mutants/ folder (where mutmut runs the tests) when it is beside the repository."""
    repo = into / "repo"
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = repo / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    shared = ROOT.parent / "shared"
    if shared.is_dir():
        (repo / "shared").symlink_to(shared)
    return repo


def configure(repo: Path, files: list[str], tests: list[str]) -> None:
    """mutmut's settings for one module, appended to the copy's pyproject.toml."""
    settings = {
        "source_paths": ["src"],
        "only_mutate": files,
        "also_copy": ["examples", "gold"],
        "pytest_add_cli_args_test_selection": tests,
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-q"],
        # Each mutant's tests start from a process that has run no test: a worker forked
        # from the one that ran the suite would inherit its filled caches (``lru_cache``),
        # and a mutant behind a cache would never be called.
        "process_isolation": "forkserver",
    }
    lines = ["", "[tool.mutmut]"] + [
        f"{key} = {json.dumps(value)}" for key, value in settings.items()
    ]
    with (repo / "pyproject.toml").open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def mutmut(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """mutmut in the copy, at low priority, one worker, importing the mutated code also in
    the processes the tests start."""
    env = dict(os.environ, PYTHONPATH=str(repo / "mutants" / "src"))
    env.pop("STORYLINE_DB", None)
    return subprocess.run(
        ["nice", "-n", "19", sys.executable, "-m", "mutmut", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
    )


def results(repo: Path) -> dict[str, str]:
    """Every mutant's name and status, from mutmut's own record."""
    done = mutmut(repo, "results", "--all", "true")
    found = {}
    for line in done.stdout.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            found[name] = status
    return found


def changed_lines(diff: str) -> str:
    """The lines a mutant changed, from ``mutmut show``: what to read to judge it."""
    return "".join(
        f"    {line}\n"
        for line in diff.splitlines()
        if line[:1] in "-+" and not line.startswith(("---", "+++"))
    )


def sample(names: list[str], size: int) -> list[str]:
    """The ``size`` mutants whose names hash lowest: the same sample on every run of the
    same code, spread over the module's functions."""
    if size <= 0 or len(names) <= size:
        return names
    return sorted(names, key=lambda n: hashlib.sha1(n.encode()).hexdigest())[:size]


def run_module(name: str, size: int) -> dict[str, object]:
    files, tests = MODULES[name]
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="storyline-mutation-") as scratch:
        repo = copy_repository(Path(scratch))
        configure(repo, files, tests)
        # mutants are generated and the tests' reach recorded; a filter nothing matches
        # stops mutmut there, before it runs any mutant
        mutmut(repo, "run", "--max-children", "1", "no-such-mutant")
        names = sorted(results(repo))
        if not names:
            raise SystemExit(f"mutation: {name}: mutmut made no mutants (is mutmut installed?)")
        chosen = sample(names, size)
        ran = mutmut(repo, "run", "--max-children", "1", *chosen)
        status = results(repo)
        if not any(status.get(n) in KILLED | SURVIVED for n in chosen):
            # e.g. a test that fails with no mutant in: mutmut stops before the mutants
            said = (ran.stdout.strip().splitlines() or ["no output"])[-1]
            raise SystemExit(f"mutation: {name}: no mutant was run (mutmut: {said})")
        changes = {
            n: changed_lines(mutmut(repo, "show", n).stdout)
            for n in chosen
            if status.get(n) in SURVIVED
        }
    statuses = [status.get(n, "not checked") for n in chosen]
    killed = sum(s in KILLED for s in statuses)
    survivors = sorted(n for n, s in zip(chosen, statuses, strict=True) if s in SURVIVED)
    return {
        "module": name,
        "mutants": len(names),
        "run": len(chosen),
        "killed": killed,
        "survived": len(survivors),
        "not checked": len(chosen) - killed - len(survivors),
        "score": killed / max(1, killed + len(survivors)),
        "minutes": (time.monotonic() - start) / 60,
        "survivors": [f"{n}: {status[n]}\n{changes[n]}" for n in survivors],
    }


def line(found: dict[str, object]) -> str:
    """One module's figures as a line of the report."""
    judged = int(found["killed"]) + int(found["survived"])  # type: ignore[call-overload]
    of = f" of {found['mutants']}, sampled" if found["run"] != found["mutants"] else ""
    return (
        f"{found['module']:9} score {found['score']:.0%}  killed {found['killed']} of "
        f"{judged} mutants run{of}  [{found['minutes']:.0f} min]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", metavar="MODULE",
                        help=f"of: {', '.join(MODULES)} (default: all)")  # fmt: skip
    parser.add_argument("--sample", type=int, default=150, help="mutants run per module (0: all)")
    parser.add_argument("--survivors", type=Path, default=Path("mutation-survivors.txt"))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = parser.parse_args()
    unknown = sorted(set(options.modules) - set(MODULES))
    if unknown:
        parser.error(f"no core module {', '.join(unknown)} (of: {', '.join(MODULES)})")
    figures = []
    with options.survivors.open("w", encoding="utf-8") as listing:
        for name in options.modules or list(MODULES):
            found = run_module(name, options.sample)
            figures.append(found)
            listing.write(f"# {name}\n" + "".join(f"{s}\n" for s in found["survivors"]))
            listing.flush()
            if not options.json:
                print(line(found), flush=True)
    if options.json:
        print(json.dumps([{k: v for k, v in f.items() if k != "survivors"} for f in figures],
                         indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
