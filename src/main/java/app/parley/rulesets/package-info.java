/**
 * The coaching rules' history and the editor's draft: every published rules file kept with who,
 * when, why and to whom ({@link app.parley.rulesets.RuleVersions}, in the store), publishing,
 * rollback and the shared draft over it ({@link app.parley.rulesets.RulesConsole}), and rollout:
 * a version published to one team is that team's profile, and
 * {@link app.parley.rulesets.Profiles} gives each live call its agent's rules
 * ({@link app.parley.rulesets.Rollout} decides which team's). What the rules mean stays in
 * {@code coaching}; the HTTP side is {@code web.RulesRoutes}.
 */
package app.parley.rulesets;
