/**
 * The coaching rules' history and the editor's draft: every published rules file kept with who,
 * when and why ({@link app.parley.rulesets.RuleVersions}, in the store), and publishing, rollback
 * and the shared draft over it ({@link app.parley.rulesets.RulesConsole}). What the rules mean
 * stays in {@code coaching}; the HTTP side is {@code web.RulesRoutes}.
 */
package app.parley.rulesets;
