from __future__ import annotations

from ogg_desktop.domain.clock import utc_iso
from ogg_desktop.domain.evidence import Confidence
from ogg_desktop.domain.people import Account, Involvement, Person, Role
from ogg_desktop.vault.connection import Connection


class PeopleRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # People ---------------------------------------------------------------------------------
    def add_person(self, person: Person) -> Person:
        cur = self.conn.execute(
            "INSERT INTO people(name, description, work_contact, created_at) VALUES (?,?,?,?)",
            (person.name, person.description, person.work_contact, utc_iso()),
        )
        person.id = int(cur.lastrowid)
        return person

    def update_person(self, person: Person) -> None:
        self.conn.execute(
            "UPDATE people SET name=?, description=?, work_contact=? WHERE id=?",
            (person.name, person.description, person.work_contact, person.id),
        )

    def get_person(self, person_id: int) -> Person | None:
        row = self.conn.execute(
            "SELECT name, description, work_contact, id FROM people WHERE id = ?", (person_id,)
        ).fetchone()
        return Person(*row) if row else None

    def involve(self, case_id: int, person_id: int, role: Role, note: str = "") -> int:
        cur = self.conn.execute(
            "INSERT INTO case_people(case_id, person_id, role, note) VALUES (?,?,?,?) "
            "ON CONFLICT(case_id, person_id, role) DO UPDATE SET note = excluded.note",
            (case_id, person_id, role.value, note),
        )
        return int(cur.lastrowid)

    def remove_involvement(self, involvement_id: int) -> None:
        self.conn.execute("DELETE FROM case_people WHERE id = ?", (involvement_id,))

    def involvements(self, case_id: int) -> list[Involvement]:
        rows = self.conn.execute(
            "SELECT cp.id, cp.role, cp.note, p.name, p.description, p.work_contact, p.id "
            "FROM case_people cp JOIN people p ON p.id = cp.person_id WHERE cp.case_id = ? ORDER BY cp.id",
            (case_id,),
        )
        return [Involvement(case_id, Person(r[3], r[4], r[5], r[6]), Role(r[1]), r[2], id=r[0]) for r in rows]

    # Accounts -------------------------------------------------------------------------------
    def add_account(self, case_id: int, account: Account) -> Account:
        cur = self.conn.execute(
            "INSERT INTO accounts(platform, handle, profile_url, display_name, holder_person_id, "
            "holder_confidence, holder_basis, created_at) VALUES (?,?,?,?,?,?,?,?)",
            (account.platform, account.handle, account.profile_url, account.display_name,
             account.holder_person_id, account.holder_confidence.value, account.holder_basis, utc_iso()),
        )
        account.id = int(cur.lastrowid)
        self.conn.execute("INSERT INTO case_accounts(case_id, account_id) VALUES (?, ?)", (case_id, account.id))
        return account

    def update_account(self, account: Account) -> None:
        self.conn.execute(
            "UPDATE accounts SET platform=?, handle=?, profile_url=?, display_name=?, holder_person_id=?, "
            "holder_confidence=?, holder_basis=? WHERE id=?",
            (account.platform, account.handle, account.profile_url, account.display_name,
             account.holder_person_id, account.holder_confidence.value, account.holder_basis, account.id),
        )

    def accounts(self, case_id: int) -> list[Account]:
        rows = self.conn.execute(
            "SELECT a.platform, a.handle, a.profile_url, a.display_name, a.holder_person_id, "
            "a.holder_confidence, a.holder_basis, a.id FROM accounts a "
            "JOIN case_accounts ca ON ca.account_id = a.id WHERE ca.case_id = ? ORDER BY a.id",
            (case_id,),
        )
        return [Account(r[0], r[1], r[2], r[3], r[4], Confidence(r[5]), r[6], r[7]) for r in rows]
