"""Every `kashoo` command against a sandbox started by the test."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import click
import httpx
import pytest

from kashoo_cli.app import cli

from .conftest import Kashoo, exported_ids

OFX = """OFXHEADER:100
DATA:OFXSGML
VERSION:102

<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>CAD<BANKTRANLIST>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-42.50<FITID>T-1<NAME>Coffee Beans Ltd<MEMO>beans
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240107<TRNAMT>1200.00<FITID>T-2<NAME>Acme Corp<MEMO>invoice 7
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""


def no_traceback(output: str) -> None:
    assert "Traceback" not in output


def test_every_command_has_help() -> None:
    def walk(group: click.Group, path: list[str]) -> list[list[str]]:
        found = [path]
        for name, command in group.commands.items():
            if isinstance(command, click.Group):
                found += walk(command, [*path, name])
            else:
                found.append([*path, name])
        return found

    from click.testing import CliRunner

    commands = walk(cli, [])
    assert ["export", "records"] in commands and ["import", "ofx"] in commands
    for args in commands:
        result = CliRunner().invoke(cli, [*args, "--help"])
        assert result.exit_code == 0, (args, result.output)
        assert "usage:" in result.output.lower(), args


def test_login_stores_the_token_owner_only_and_never_the_password(kashoo: Kashoo, tmp_path: Path) -> None:
    result = kashoo.login()
    assert "Logged in as Demo User <demo@kashoo.test>" in result.output
    login_file = tmp_path / "config" / "login.json"
    assert stat.S_IMODE(login_file.stat().st_mode) == 0o600
    stored = json.loads(login_file.read_text())
    assert stored["kind"] == "token" and stored["token"]["authenticationCode"]
    assert "demo-password" not in login_file.read_text()

    whoami = kashoo("whoami")
    assert whoami.exit_code == 0 and "demo@kashoo.test" in whoami.output
    as_json = kashoo("whoami", "--json")
    assert json.loads(as_json.output)[0]["email"] == "demo@kashoo.test"

    assert kashoo("logout").output.strip() == "Logged out."
    after = kashoo("whoami")
    assert after.exit_code == 3
    assert after.output.strip() == (
        "kashoo: error: not logged in: run `kashoo login` (or set KASHOO_EMAIL and KASHOO_PASSWORD)"
    )


def test_wrong_password_is_exit_3_in_one_line(kashoo: Kashoo) -> None:
    result = kashoo("login", "--email", "demo@kashoo.test", "--password-stdin", input="nope\n")
    assert result.exit_code == 3
    assert result.output.startswith("kashoo: error:") and result.output.count("\n") == 1
    no_traceback(result.output)


def test_businesses_accounts_contacts(kashoo: Kashoo) -> None:
    kashoo.login()
    table = kashoo("businesses")
    assert table.exit_code == 0 and "Demo Company" in table.output and "Demo TSA Books" in table.output
    listed = json.loads(kashoo("businesses", "--json").output)
    assert {b["id"] for b in listed} == {kashoo.business, kashoo.sandbox.demo["tsaBusinessId"]}

    accounts = json.loads(kashoo("accounts", "--business", kashoo.business, "--json").output)
    assert len(accounts) >= 5 and all(a["business"] == kashoo.business for a in accounts)
    contacts = kashoo("contacts", "--business", kashoo.business)
    assert contacts.exit_code == 0 and len(contacts.output.splitlines()) > 2


def test_a_business_must_be_chosen_when_there_are_several(kashoo: Kashoo) -> None:
    kashoo.login()
    result = kashoo("accounts")
    assert result.exit_code == 2
    assert "pass --business: you have 2 businesses" in result.output


def test_records_with_filters(kashoo: Kashoo) -> None:
    kashoo.login()
    rows = json.loads(
        kashoo(
            "records",
            "--business",
            kashoo.business,
            "--type",
            "invoice",
            "--status",
            "unpaid",
            "--start-date",
            "2024-01-01",
            "--max",
            "1000",
            "--json",
        ).output
    )
    assert rows, "the demo has unpaid invoices"
    for row in rows:
        assert row["type"] == "INVOICE" and row["paid"] is False
        date = row["date"]
        assert (date["year"], date["month"], date["dayOfMonth"]) >= (2024, 1, 1)
    table = kashoo("records", "--business", kashoo.business, "--max", "5")
    assert len(table.output.splitlines()) == 6  # header + 5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["records", "--business", "1", "--start-date", "2024-13-01"], "'2024-13-01' does not match the format"),
        (["records", "--business", "1", "--amount-ge", "ten"], "'ten' is not an amount"),
        (["records", "--business", "1", "--since", "yesterday"], "'yesterday' is not a date"),
    ],
)
def test_bad_input_is_a_usage_error_before_any_request(kashoo: Kashoo, args: list[str], message: str) -> None:
    kashoo.sandbox.reset_stats()
    result = kashoo(*args)
    assert result.exit_code == 2 and message in result.output
    no_traceback(result.output)
    assert not any(key.startswith("GET") for key in kashoo.sandbox.stats().get("requests", {}))


def test_unknown_business_is_exit_4(kashoo: Kashoo) -> None:
    kashoo.login()
    result = kashoo("records", "--business", 999_999_999_999)
    assert result.exit_code == 4 and result.output.startswith("kashoo: error:")
    no_traceback(result.output)


def test_import_ofx_preview_then_for_real(kashoo: Kashoo, tmp_path: Path) -> None:
    kashoo.login()
    statement = tmp_path / "statement.ofx"
    statement.write_text(OFX)
    bank = next(
        a["id"]
        for a in json.loads(kashoo("accounts", "--business", kashoo.business, "--json").output)
        if a.get("name") == "Chequing"
    )
    before = len(kashoo.record_ids())
    target = ["--business", kashoo.business, "--account", bank]

    preview = kashoo("import", "ofx", statement, *target, "--preview", "--json")
    assert preview.exit_code == 0, preview.output
    assert len(json.loads(preview.output)) == 2
    assert len(kashoo.record_ids()) == before  # a preview stores nothing

    done = kashoo("import", "ofx", statement, *target)
    assert done.exit_code == 0 and "2 records imported" in done.output
    assert len(kashoo.record_ids()) == before + 2


def test_import_rejects_a_file_that_is_not_ofx(kashoo: Kashoo, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("just some text")
    result = kashoo("import", "ofx", bogus, "--business", kashoo.business, "--account", 1)
    assert result.exit_code == 2 and "is not an OFX or QBO file" in result.output
    no_traceback(result.output)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_writes_every_record_once_with_a_summary(kashoo: Kashoo, tmp_path: Path, fmt: str) -> None:
    kashoo.login()
    expected = set(kashoo.record_ids())
    out = tmp_path / f"records.{fmt}"
    result = kashoo("export", "records", "--business", kashoo.business, "--format", fmt, "--out", out, "--page-size=37")
    assert result.exit_code == 0, result.output
    assert f"{len(expected):,} records" in result.output and "totals per currency:" in result.output
    ids = exported_ids(out)
    assert len(ids) == len(set(ids)) and set(ids) == expected
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("records")) == [out.name]


def test_export_of_an_unknown_business_leaves_no_file(kashoo: Kashoo, tmp_path: Path) -> None:
    kashoo.login()
    result = kashoo("export", "records", "--business", 999_999_999_999, "--out", tmp_path / "x.jsonl")
    assert result.exit_code == 4
    assert [p.name for p in tmp_path.iterdir()] == ["config"]


def test_export_into_a_missing_folder_is_exit_2(kashoo: Kashoo, tmp_path: Path) -> None:
    kashoo.login()
    result = kashoo("export", "records", "--business", kashoo.business, "--out", tmp_path / "no" / "x.jsonl")
    assert result.exit_code == 2 and "does not exist" in result.output


def test_sandbox_command_passes_its_arguments_through(kashoo: Kashoo) -> None:
    result = kashoo("sandbox", "--help")
    assert result.exit_code == 0 and "--demo" in result.output and "--fault-rate" in result.output
    assert result.output.startswith("usage: kashoo sandbox")


def test_oauth_login_through_the_browser_flow(kashoo: Kashoo) -> None:
    proc = kashoo.popen(
        "login",
        "--oauth",
        "--client-id",
        "sandbox-client",
        "--client-secret",
        "sandbox-secret",
        "--no-browser",
        "--timeout",
        "30",
        stderr=__import__("subprocess").PIPE,
        stdout=__import__("subprocess").PIPE,
    )
    assert proc.stderr is not None
    url = ""
    for line in proc.stderr:
        if "/oauth2/authorize?" in line:
            url = line.strip()
            break
    assert url, "the CLI printed no authorize URL"
    # The user's browser: the login form, then approval, then the redirect to the CLI's listener.
    with httpx.Client(follow_redirects=True, timeout=10) as browser:
        page = browser.get(url)
        assert page.status_code == 200 and "<form" in page.text
        form = dict(httpx.URL(url).params)
        done = browser.post(url.split("?")[0], data={**form, "email": "demo@kashoo.test", "password": "demo-password"})
        assert "You can close this window" in done.text
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Logged in as Demo User" in out
    stored = json.loads((Path(kashoo.env["KASHOO_CONFIG_DIR"]) / "login.json").read_text())
    assert stored["kind"] == "oauth"
    assert kashoo("whoami").exit_code == 0  # the Bearer token from the stored OAuth login works


def test_product_and_base_url_from_flags_and_environment(kashoo: Kashoo, tmp_path: Path) -> None:
    tsa = kashoo.sandbox.base_url("tsa")
    kashoo.env["KASHOO_BASE_URL"] = ""
    login = kashoo(
        "--product", "tsa", "--base-url", tsa, "login", "--email", "demo@kashoo.test", "--password-stdin",
        input="demo-password\n",
    )  # fmt: skip
    assert login.exit_code == 0 and f"on tsa at {tsa}" in login.output
    stored = json.loads((tmp_path / "config" / "login.json").read_text())
    assert (stored["product"], stored["base_url"]) == ("tsa", tsa)
    # Later commands use the login's product and host without flags...
    assert f"on tsa at {tsa}" in kashoo("whoami").output
    # ...and the environment overrides them.
    kashoo.env["KASHOO_BASE_URL"] = kashoo.sandbox.base_url("kashoo")
    kashoo.env["KASHOO_PRODUCT"] = "kashoo"
    assert f"on kashoo at {kashoo.sandbox.base_url('kashoo')}" in kashoo("whoami").output


def test_an_unwritable_destination_fails_before_any_request(kashoo: Kashoo, tmp_path: Path) -> None:
    kashoo.login()
    kashoo.sandbox.reset_stats()
    result = kashoo("export", "records", "--business", kashoo.business, "--out", "/proc/records.jsonl")
    assert result.exit_code == 2 and "cannot write /proc/records.jsonl" in result.output
    no_traceback(result.output)
    assert kashoo.sandbox.stats().get("total", 0) == 0


def test_a_malformed_token_in_the_environment_says_what_is_missing(kashoo: Kashoo) -> None:
    kashoo.env["KASHOO_TOKEN"] = '{"x": 1}'
    result = kashoo("whoami")
    assert result.exit_code == 2 and "needs a token with an authenticationCode" in result.output


def test_a_damaged_oauth_token_file_is_named(kashoo: Kashoo, tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "login.json").write_text(
        json.dumps({"kind": "oauth", "client_id": "c", "client_secret": "s", "base_url": kashoo.env["KASHOO_BASE_URL"]})
    )
    (config / "oauth-tokens.json").write_text("{not json")
    result = kashoo("whoami")
    assert result.exit_code == 2 and "oauth-tokens.json is damaged" in result.output
    no_traceback(result.output)
