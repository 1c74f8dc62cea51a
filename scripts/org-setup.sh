#!/usr/bin/env bash
# Creates a scratch org from your Dev Hub and makes it ready to use: deploys the app, assigns
# permission sets, loads sample data and opens the Visitor Routing app.
#
#   npm run org:setup                  # alias "visitor-routing", 7 days
#   ORG_ALIAS=vr2 DAYS=3 npm run org:setup
set -euo pipefail
cd "$(dirname "$0")/.."

ORG_ALIAS="${ORG_ALIAS:-visitor-routing}"
DAYS="${DAYS:-7}"
export SF_DISABLE_TELEMETRY=true SF_AUTOUPDATE_DISABLE=true SF_SKIP_NEW_VERSION_CHECK=true

fail() {
  printf '\norg:setup: %s\n' "$1" >&2
  exit 1
}
step() { printf '\n==> %s\n' "$1"; }

# Runs an anonymous Apex script and stops setup unless it compiled and executed.
run_apex() {
  local out
  out=$("$SF" apex run --file "$1" --target-org "$ORG_ALIAS" 2>&1) || true
  if ! printf '%s\n' "$out" | grep -q 'Executed successfully'; then
    printf '%s\n' "$out" | grep -vE '^[0-9:.]+ \([0-9]+\)\|(HEAP|STATEMENT|VARIABLE|LIMIT)' | tail -25 >&2
    fail "$1 did not run to the end (see above); nothing it did was kept."
  fi
  printf '%s\n' "$out" | grep -oE 'Visitor Routing sample[^|]*$' || true
}

# The project pins its own sf CLI (npm ci installs it); a global one works too.
if [ -x node_modules/.bin/sf ]; then
  SF=node_modules/.bin/sf
elif command -v sf >/dev/null 2>&1; then
  SF=sf
else
  fail "the Salesforce CLI was not found. Run 'npm ci' first (it installs the pinned sf), or install sf globally."
fi

step "Checking for a Dev Hub"
if ! "$SF" org list --json 2>/dev/null | node -e '
  let raw = ""; process.stdin.on("data", (c) => (raw += c)).on("end", () => {
    const result = JSON.parse(raw).result ?? {};
    process.exit((result.devHubs ?? []).some((hub) => hub.isDefaultDevHubUsername) ? 0 : 1);
  });'; then
  fail "no default Dev Hub. Log in to one with:
    $SF org login web --set-default-dev-hub --alias DevHub
(Enable Dev Hub in that org's Setup first: Setup > Dev Hub > Enable.)"
fi

step "Building the Lightning Web Components (TypeScript -> JavaScript)"
npm run --silent build:lwc

step "Creating scratch org '$ORG_ALIAS' for $DAYS days"
"$SF" org create scratch --definition-file config/project-scratch-def.json --alias "$ORG_ALIAS" \
  --set-default --duration-days "$DAYS" --wait 20

step "Deploying force-app"
"$SF" project deploy start --source-dir force-app --target-org "$ORG_ALIAS" --wait 30

step "Assigning the admin and rep permission sets to you"
"$SF" org assign permset --name VisitorRoutingAdmin --name VisitorRoutingRep --target-org "$ORG_ALIAS"

step "Loading sample data (Accounts, Contacts, Leads)"
"$SF" data import tree --plan data/sample-data-plan.json --target-org "$ORG_ALIAS"

step "Creating sample reps, groups, a lead queue and the integration user"
run_apex scripts/apex/sample-users.apex

step "Creating sample rules, presence and record owners"
run_apex scripts/apex/sample-rules.apex

step "Starting the conversation sweep (every minute)"
run_apex scripts/apex/start-sweep.apex

step "Opening the Visitor Routing app"
"$SF" org open --target-org "$ORG_ALIAS" --path "lightning/app/c__VisitorRouting"

printf '\nDone. Scratch org alias: %s. Run the Apex tests there with: npm run test:apex\n' "$ORG_ALIAS"
