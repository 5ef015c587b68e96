### apierr: English (en-US).
### Every id here must also exist in locales/zh-CN/apierr.ftl (a test checks both ways).
### Values from the input ($model, $limit, $quota_id …) are passed as strings and shown verbatim.

## Report layout

section-translation = Translation
section-message = Message
section-cause = Cause
section-fix-now = Fix now
section-fix-for-good = Fix for good
section-prevention = Prevention
section-wait = Suggested wait
section-details = Details
section-learn-more = Learn more
section-see-also = See also
explain-http = HTTP { $http } stands for { $status } (gRPC code { $number }); the entries under "See also" are the more specific cases.
policy-server-delay = Wait the server's retry delay (RetryInfo, or "Please retry in" in the message), or about { $duration } when it gives none, then retry.
policy-reset = Wait until the quota resets at 00:00 Pacific time; the server's retry delay does not apply to it.
policy-server-delay-only = Wait as long as the server says the quota needs to reset; when it says nothing, retrying does not help.

line-original = Original: { $text }
line-translated = Translated: { $text }
line-untranslated = Translated: (no translation known; shown as it is)

source-stdin = stdin
headline-cut = cut off
product-gemini-api = Gemini API
product-vertex-ai = Vertex AI
product-code-assist = Gemini Code Assist
product-google-cloud = Google Cloud

also-at = Also at { $location }: the same error as { $first }.
also-at-cut = Also at { $location } (cut off): the same error as { $first }.
summary-count = API errors found: { $total } ({ $distinct } distinct).
no-errors = No API errors found.

## Details section labels

detail-metric = metric
detail-quota-id = quota id
detail-limit = limit
detail-dimensions = dimensions
detail-service = service
detail-reason = reason
detail-reason-domain = { $reason } ({ $domain })
detail-metadata = metadata
detail-retry-hint = retry hint
detail-retry-info = RetryInfo
detail-retry-message = message
detail-retry-header = Retry-After header
detail-retry-body = error body
detail-field = field
detail-precondition = precondition
detail-resource = resource
detail-request-id = request id
detail-debug = debug info
detail-localized = localized message
detail-legacy = legacy error
detail-other = other detail
detail-truncated = The payload was cut off in the input; facts after the cut are missing.
retry-hint-item = { $delay } ({ $source })
retry-hint-pair = { $first }, { $second }
link-line = { $label }: { $url }

## Placeholders for facts the error does not state

value-unknown-model = this model
value-unknown = unknown
value-unknown-service = the API
value-unknown-service_title = The API
value-unknown-activation_url = the API's page in the Google Cloud console (APIs & Services)
value-unknown-consumer = (not stated)
value-unknown-project = (not stated)
value-unknown-permission = the required permission
value-unknown-resource = the resource
value-unknown-method = this method
value-unknown-email = the account
value-unknown-location = this location
value-unknown-uid = (none given)
value-unknown-validation_link = the link in the error
value-unknown-policy = the organization policy
value-unknown-version = this API version
value-unknown-token_count = more
value-unknown-token_max = the model's maximum
value-unknown-byte_limit = not stated
value-unknown-tuned_model = the tuned model
value-unknown-checked_value = the checked value
value-unknown-parameter = the parameter
value-unknown-cookie = the session cookie
value-unknown-reset_at = the time the server gives
value-unknown-extended_help = the API's documentation
value-unknown-legacy_location = the request
quota-item = { $id } (limit { $limit })
list-pair = { $a }, { $b }
cause-several = Several limits were exceeded at once: { $list }. The one that decides how long to wait is { $binding }.

## Durations and times

duration-seconds = { $s } s
duration-minutes = { $m } min { $s } s
duration-minutes-only = { $m } min
duration-hours = { $h } h { $m } min
duration-hours-only = { $h } h
duration-days = { $d } d { $h } h
# $zone_kind is `beijing` for China Standard Time zones, else `other` (zh-CN names it).
local-time =
    { $zone_kind ->
       *[other] { $time } your time, { $zone }
    }

## Suggested wait

wait-never = Retrying will not help until the cause is fixed; waiting changes nothing.
wait-server = Wait { $duration } (the server's retry delay), then retry.
wait-default = Wait about { $duration }, then retry.
wait-backoff-server = Retry with exponential backoff and jitter, starting at { $duration } (the server's retry delay); give up after a few attempts.
wait-backoff = Retry with exponential backoff and jitter, starting at { $duration }; give up after a few attempts.
wait-reset-hint = Not { $hint }: the server's retry delay does not apply to a per-day quota. It resets at 00:00 Pacific time, in { $remaining } ({ $local }).
wait-reset = The quota resets at 00:00 Pacific time, in { $remaining } ({ $local }).

## Links the knowledge base adds

link-gemini-rate-limits = Gemini API rate limits and tiers
link-ai-studio-usage = Your usage and limits in AI Studio
link-gemini-billing = Gemini API billing
link-gemini-troubleshooting = Gemini API troubleshooting
link-cloud-quotas = View and manage Google Cloud quotas
link-cloud-api-errors = Google API error model
link-retry-strategy = Retry strategy with exponential backoff
link-gemini-api-key = Gemini API keys
link-gemini-regions = Regions where the Gemini API is available
link-gemini-models = Gemini models and their ids
link-gemini-tokens = Counting tokens
link-gemini-files = Files API for large inputs
link-gemini-oauth = OAuth for tuned models
link-vertex-429 = Vertex AI: error code 429
link-vertex-quotas = Vertex AI generative AI quotas
link-vertex-dsq = Vertex AI dynamic shared quota
link-vertex-pt = Vertex AI Provisioned Throughput
link-enable-api = Enabling and disabling APIs
link-cloud-billing = Enable, disable or change billing for a project
link-api-keys = Managing and restricting API keys
link-adc = Application Default Credentials
link-oauth-scopes = OAuth 2.0 scopes for Google APIs
link-iam-troubleshooting = Troubleshooting IAM access
link-vpc-sc = Troubleshooting VPC Service Controls
link-org-policy = Organization policies
link-suspension = Project suspension guidelines
link-legacy-errors = Errors of the older Google APIs (YouTube Data API reference)
link-code-assist-quota = Gemini Code Assist quotas and limits

## Command line

help-about = Explain API errors found in logs or pasted text.
help-files = Log files to read; `-` or none reads standard input.
help-text = Explain this text instead of reading files.
help-format = Output format.
help-color = When to use colour.
help-lang = Output language: en or zh (default: from LC_ALL, LC_MESSAGES, LANG).
help-now = Take this RFC 3339 time as "now" for waits and resets.
help-fail = Exit with status 1 when at least one API error was found.
help-explain = Explain a code, status or reason without an error (like rustc --explain): 429, RESOURCE_EXHAUSTED, ResourceExhausted, API_KEY_INVALID, rateLimitExceeded, or an id from `apierr list`.
help-explain-query = The HTTP status, gRPC code or name, ErrorInfo or legacy reason, or knowledge-base id.
help-list = List every code, reason and case apierr knows, with its id.
error-unknown-code = unknown code or reason '{ $query }'; run `apierr list` to see what apierr knows

error-prefix = apierr
error-not-found = { $path }: no such file or directory; check the path
error-is-dir = { $path }: is a directory; pass the log files inside it
error-permission = { $path }: permission denied; check the file's permissions
error-read = { $path }: cannot read: { $reason }
error-bad-now = invalid --now value '{ $value }': use an RFC 3339 time such as 2025-12-10T04:17:00Z
error-write = cannot write the output: { $reason }

## CI formats

gh-report-group = apierr: full report
gh-also = Also { $count } more time(s): { $places }
gh-more = { $count } more distinct API errors are not annotated (GitHub keeps 10 per level and step); see the full report in the log.
md-heading = apierr: { $total } API errors ({ $distinct } distinct)
md-none = apierr found no API errors.
md-col-error = Error
md-col-where = Where
md-col-wait = Wait
md-col-retry = Retry helps
md-yes = yes
md-no = no
md-wait-never = no: fix first
md-wait-backoff = backoff from { $duration }
md-wait-reset = { $duration } (daily reset)
md-cut = (The report was cut here: a job summary holds 1 MiB at most. The full report is in the log.)
error-summary = { $path }: cannot write the job summary: { $reason }

## apierr run

help-run = Run a command, pass its output through unchanged, and report the API errors in it when it ends; with --retry, run it again the way the server asks.
help-run-cmd = The command and its arguments, after --.
help-retry = Run the command again up to N times when it fails with an error a retry can fix.
help-max-wait = The most time to spend waiting between attempts, in all (90s, 5m, 1h).
help-report = Write the report to this file instead of stderr.
run-retry = Attempt { $attempt } of { $total } failed with { $headline }: { $title }. Retrying in { $duration } ({ $why }).
run-why-server = the server's retry delay
run-why-backoff = exponential backoff with jitter
run-no-api-error = The command failed (exit status { $status }) without an API error apierr knows; not retrying.
run-no-retry-fix = Not retrying: { $headline } ({ $title }) cannot succeed until its cause is fixed.
run-no-retry-daily = Not retrying: { $headline } is a daily quota. It resets at 00:00 Pacific time, in { $remaining } ({ $local }).
run-no-retry-budget = Not retrying: the wait of { $duration } is longer than what is left of --max-wait ({ $left }).
run-gave-up = Gave up after { $attempts } attempts.
error-spawn = cannot run { $cmd }: { $reason }
error-report = { $path }: cannot write the report: { $reason }

## Interactive paste (stdin is a terminal)

paste-hint = Paste an API error, or the log lines around it: the explanation follows as soon as the paste ends.
paste-hint-keys = Typing instead? Finish with an empty line or Ctrl-D. Ctrl-C, or Ctrl-D on an empty line, quits.
# Shown after a paste arrives, before the explanation.
paste-received = { $lines ->
    [one] Read 1 line.
   *[other] Read { $lines } lines.
  }
paste-none = No API error found in this text. apierr knows the errors of Google APIs (Gemini, Vertex AI, Google Cloud) and of OpenAI, Azure OpenAI, Anthropic, Amazon Bedrock and OpenAI-compatible APIs: as JSON, Python dicts, or the lines their client libraries print. Paste the whole error, with the lines around it.
# Where an error was found, as in "paste:7".
paste-source = paste
