"""Every operation the vendor's reference (shared/seed) documents, by section.

The scrape lost paths and methods; they come from shared/reference/kashoo-api.md, which says
which were seen and which are inferred. This list is written by hand from those two documents
(not from our spec) so that a test can tell when the spec lacks one.
"""

K, T = "kashoo", "tsa"
BOTH = frozenset({K, T})

# (section, method, path, products, evidence)
SEED_OPERATIONS: list[tuple[str, str, str, frozenset[str], str]] = [
    ("authTokens", "POST", "/authTokens", BOTH, "seen"),
    ("oauth2", "GET", "/oauth2/authorize", BOTH, "inferred"),
    ("oauth2", "POST", "/oauth2/token", BOTH, "inferred"),
    ("mfa", "POST", "/mfa", BOTH, "inferred"),
    ("users", "POST", "/users", BOTH, "inferred"),
    ("users", "POST", "/users/verified", BOTH, "inferred"),
    ("users", "GET", "/users/me", BOTH, "seen"),
    ("users", "GET", "/users/me/businesses", BOTH, "seen"),
    ("businesses", "GET", "/businesses/{business_id}", BOTH, "seen"),
    ("businesses", "GET", "/businesses/{business_id}/contactGroups", BOTH, "inferred"),
    ("businesses", "POST", "/businesses/{business_id}/contactGroups", BOTH, "inferred"),
    ("contacts", "GET", "/businesses/{business_id}/contacts", BOTH, "inferred"),
    ("contacts", "GET", "/contacts/{contact_id}", BOTH, "inferred"),
    ("contacts", "PUT", "/contacts/{contact_id}", BOTH, "inferred"),
    ("contacts", "GET", "/contacts/{contact_id}/journalEntries", BOTH, "inferred"),
    ("accounts", "GET", "/businesses/{business_id}/accounts", BOTH, "seen"),
    ("accounts", "POST", "/businesses/{business_id}/accounts", BOTH, "seen"),
    ("accounts", "GET", "/accounts/{account_id}", BOTH, "inferred"),
    ("accounts", "PUT", "/accounts/{account_id}", BOTH, "inferred"),
    ("accounts", "GET", "/accounts/{account_id}/journalEntries", BOTH, "inferred"),
    ("accounts", "GET", "/accounts/{account_id}/contactJournalEntries", BOTH, "inferred"),
    ("taxes", "GET", "/businesses/{business_id}/taxes", BOTH, "inferred"),
    ("taxes", "GET", "/businesses/{business_id}/taxes/composite", BOTH, "inferred"),
    ("sequences", "GET", "/businesses/{business_id}/sequences", BOTH, "inferred"),
    ("plans", "GET", "/businesses/{business_id}/plans", BOTH, "inferred"),
    ("plans", "GET", "/businesses/{business_id}/contract/invoices", BOTH, "inferred"),
    ("records", "GET", "/businesses/{business_id}/records", BOTH, "seen"),
    ("records", "GET", "/records/{record_id}", BOTH, "inferred"),
    ("records", "PUT", "/records/{record_id}", BOTH, "inferred"),
    ("records", "DELETE", "/records/{record_id}", BOTH, "inferred"),
    ("records", "POST", "/businesses/{business_id}/records/import", BOTH, "inferred"),
    ("records", "PUT", "/records/batch", BOTH, "inferred"),
    ("records", "POST", "/records/unprocess", frozenset({T}), "inferred"),
    ("invoices", "GET", "/businesses/{business_id}/records/invoices", BOTH, "seen"),
    ("invoices", "POST", "/businesses/{business_id}/records/invoices", BOTH, "seen"),
    ("invoices", "GET", "/businesses/{business_id}/records/invoices/{record_id}", BOTH, "inferred"),
    ("invoices", "PUT", "/businesses/{business_id}/records/invoices/{record_id}", BOTH, "inferred"),
    ("invoices", "POST", "/records/{record_id}/send", BOTH, "inferred"),
    ("invoicePayments", "GET", "/businesses/{business_id}/records/invoicePayments", BOTH, "seen"),
    ("invoicePayments", "POST", "/businesses/{business_id}/records/invoicePayments", BOTH, "seen"),
    ("bills", "GET", "/businesses/{business_id}/records/bills", BOTH, "seen"),
    ("bills", "POST", "/businesses/{business_id}/records/bills", BOTH, "seen"),
    ("billPayments", "GET", "/businesses/{business_id}/records/billPayments", BOTH, "seen"),
    ("billPayments", "POST", "/businesses/{business_id}/records/billPayments", BOTH, "seen"),
    ("transfers", "GET", "/businesses/{business_id}/records/transfers", BOTH, "seen"),
    ("inventory", "GET", "/businesses/{business_id}/inventory", frozenset({K}), "inferred"),
    ("inventory", "POST", "/businesses/{business_id}/inventory", frozenset({K}), "inferred"),
    ("inventory", "GET", "/businesses/{business_id}/inventory/{id}", frozenset({K}), "inferred"),
    ("inventory", "PUT", "/businesses/{business_id}/inventory/{id}", frozenset({K}), "inferred"),
    ("inventory", "DELETE", "/businesses/{business_id}/inventory/{id}", frozenset({K}), "inferred"),
    ("subscriptions", "GET", "/subscriptions", BOTH, "inferred"),
    ("subscriptions", "POST", "/subscriptions", BOTH, "inferred"),
    ("chargebee", "POST", "/chargebee/checkout", BOTH, "inferred"),
    ("chargebee", "POST", "/chargebee/portal", BOTH, "inferred"),
]
