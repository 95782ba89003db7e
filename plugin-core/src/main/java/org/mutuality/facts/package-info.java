/**
 * Derived facts: what the rule base infers once, in its derivation rules, with {@code insertLogical}, and
 * its finding rules then act on. They are Java types (not DRL declarations) so that tests and the engine can
 * read them too. Each retracts itself when the facts it was inferred from change.
 */
package org.mutuality.facts;
