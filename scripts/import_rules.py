"""An import-linter contract for Kring's domains: a domain imports `kit/`, `auth/`, `models/`
and another domain's `service` (or its package), never another domain's schemas, repository,
endpoints or helpers. Run by `make lint` (`lint-imports`)."""

from __future__ import annotations

from typing import Any

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output


class DomainBoundaryContract(Contract):
    """Configuration: `domains` (packages) and `public` (the modules other domains may use)."""

    domains = fields.ListField(subfield=fields.StringField())
    public = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        domains = [str(d) for d in self.domains]  # type: ignore[attr-defined]
        public = {str(p) for p in self.public}  # type: ignore[attr-defined]

        def domain_of(module: str) -> str | None:
            for domain in domains:
                if module == domain or module.startswith(domain + "."):
                    return domain
            return None

        broken: list[dict[str, Any]] = []
        for importer in sorted(graph.modules):
            own = domain_of(importer)
            if own is None:
                continue
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                other = domain_of(imported)
                if other is None or other == own or imported == other:
                    continue
                if imported[len(other) + 1 :] in public:
                    continue
                details = graph.get_import_details(importer=importer, imported=imported)
                lines = sorted({int(d["line_number"]) for d in details})
                broken.append({"importer": importer, "imported": imported, "lines": lines})
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for item in check.metadata["broken"]:
            lines = ", ".join(f"l.{n}" for n in item["lines"])
            output.print_error(f"{item['importer']} imports {item['imported']} ({lines})")
        output.new_line()
