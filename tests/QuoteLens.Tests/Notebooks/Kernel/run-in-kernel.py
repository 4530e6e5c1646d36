"""Runs notebooks in the real .NET Interactive kernel (the dotnet-interactive tool) with Jupyter's nbclient.

Usage: /usr/bin/python3 run-in-kernel.py DOTNET_INTERACTIVE OUT_DIR NOTEBOOK.ipynb [...]

DOTNET_INTERACTIVE is the tool's executable. The kernel is registered in a private Jupyter data folder
(OUT_DIR/jupyter, passed to nbclient through JUPYTER_PATH), so nothing is installed for the user. Each
notebook runs in its own folder (as VS Code runs it) and is written executed to OUT_DIR/NAME. Exit code 1
when a cell fails; every output is kept for the caller to check.
"""
import json
import os
import sys

import nbclient
import nbformat


def register_kernel(tool, out_dir):
    spec_dir = os.path.join(out_dir, "jupyter", "kernels", ".net-csharp")
    os.makedirs(spec_dir, exist_ok=True)
    spec = {
        "argv": [tool, "jupyter", "--default-kernel", "csharp", "{connection_file}", "--http-port-range", "2048-3000"],
        "display_name": ".NET (C#)",
        "language": "C#",
    }
    with open(os.path.join(spec_dir, "kernel.json"), "w", encoding="utf-8") as f:
        json.dump(spec, f, indent=1)
    os.environ["JUPYTER_PATH"] = os.path.join(out_dir, "jupyter")


def main():
    tool, out_dir, notebooks = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(out_dir, exist_ok=True)
    register_kernel(tool, out_dir)
    os.environ.setdefault("DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT", "1")
    os.environ.setdefault("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
    failed = False
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        client = nbclient.NotebookClient(
            nb, timeout=600, startup_timeout=180, kernel_name=".net-csharp",
            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        try:
            client.execute()
        except nbclient.exceptions.CellExecutionError as e:
            failed = True
            print(f"{path}: {str(e).splitlines()[0] if str(e) else 'cell failed'}", file=sys.stderr)
        nbformat.write(nb, os.path.join(out_dir, os.path.basename(path)))
        print(f"ran {path}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
