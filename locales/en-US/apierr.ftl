### apierr: English (en-US).
### Every id here must also exist in locales/zh-CN/apierr.ftl (a test checks both ways).
### Values from the input ($model, $limit, $quota_id …) are passed as strings and shown verbatim.

## Report layout

section-translation = Translation
section-cause = Cause
section-fix-now = Fix now
section-fix-for-good = Fix for good
section-prevention = Prevention
section-wait = Suggested wait
section-details = Details
section-learn-more = Learn more

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
detail-metadata = metadata
detail-retry-hint = retry hint
detail-retry-info = RetryInfo
detail-retry-message = message
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

## Command line

help-about = Explain API errors found in logs or pasted text.
help-files = Log files to read; `-` or none reads standard input.
help-text = Explain this text instead of reading files.
help-format = Output format.
help-color = When to use colour.
help-lang = Output language: en or zh (default: from LC_ALL, LC_MESSAGES, LANG).
help-now = Take this RFC 3339 time as "now" for waits and resets.
help-fail = Exit with status 1 when at least one API error was found.

error-prefix = apierr
error-not-found = { $path }: no such file or directory; check the path
error-is-dir = { $path }: is a directory; pass the log files inside it
error-permission = { $path }: permission denied; check the file's permissions
error-read = { $path }: cannot read: { $reason }
error-bad-now = invalid --now value '{ $value }': use an RFC 3339 time such as 2025-12-10T04:17:00Z
error-write = cannot write the output: { $reason }

## Diagnoses. Ids are `diag-` + the rule id with dots as dashes (see src/diagnose/rules.rs).
## Attributes: .cause, .fix-now, .fix-for-good, .prevention. Lines of .fix-now and .fix-for-good
## are numbered steps.

diag-quota-limit-zero = No quota for { $model } in this tier (limit 0)
    .cause = The limit { $quota_id } for { $model } is 0 for this project: the model has no quota in the project's tier at all (free-tier projects get no quota for some models). This is not a temporary limit, and waiting never helps.
    .fix-now =
        Use a model that has quota in your tier (the rate-limits page lists them).
        Or enable billing on the project to get paid-tier quota for { $model }.
    .fix-for-good =
        Link a billing account to the project (Tier 1) if you need this model.
        Check each model's limits for your tier before choosing it.
    .prevention = Check a model's limits for your tier in AI Studio before deploying it, and keep a fallback model configured.

diag-quota-free-tier-per-day = Free-tier daily request quota used up ({ $limit } requests per day for { $model })
    .cause = This project has used all { $limit } requests per day that the free tier allows for { $model } (quota { $quota_id }). The limit counts per project and per model, not per API key, so a new key in the same project does not help. The retry delay in the error is misleading: this quota comes back at midnight Pacific time, not in seconds.
    .fix-now =
        Switch to another model that still has free quota today (limits are per model).
        Or wait for the daily reset (see Suggested wait).
    .fix-for-good =
        Link a billing account to the project (Tier 1) for much higher limits.
        Watch your usage at https://ai.dev/usage?tab=rate-limit
    .prevention = Count requests per day on your side and stop before the limit; cache answers; combine several prompts into one request.

diag-quota-per-day = Daily quota used up ({ $quota_id }, limit { $limit })
    .cause = The project reached a per-day limit ({ $quota_id }, limit { $limit }) for { $model }. Retries fail until the quota resets at midnight Pacific time, whatever retry delay the server suggests.
    .fix-now =
        Wait for the daily reset (see Suggested wait), or move the remaining work to another model.
    .fix-for-good =
        Request a higher daily limit, or move the project to a higher usage tier.
    .prevention = Track daily usage on your side; spread large jobs over several days or use batch processing.

diag-quota-free-tier-per-minute = Free-tier per-minute limit reached ({ $limit } per minute for { $model })
    .cause = This project sent more than the free tier allows per minute for { $model } (quota { $quota_id }, limit { $limit }). Per-minute limits recover quickly, so here the server's retry delay is the right wait.
    .fix-now =
        Wait the suggested time, then retry.
        Slow down: space requests so that no more than { $limit } fall in any minute.
    .fix-for-good =
        Add client-side rate limiting (a token bucket) set below the limit.
        Link a billing account for higher per-minute limits.
    .prevention = Queue requests instead of sending them in bursts, and retry with backoff that honours the server's delay.

diag-quota-per-minute = Per-minute quota reached ({ $quota_id }, limit { $limit })
    .cause = The project exceeded a per-minute limit ({ $quota_id }, limit { $limit }) for { $model }. It recovers within a minute.
    .fix-now =
        Wait the suggested time, then retry with backoff.
        Lower the request rate (or the tokens per request, for token limits).
    .fix-for-good =
        Request a higher limit for { $quota_id } (Google Cloud console, Quotas page), or move to a higher usage tier.
    .prevention = Throttle on the client side below the limit, and spread batch work over time.

diag-code-ok = Not an error (OK)
    .cause = Status OK means the call succeeded.
    .fix-now = Nothing to do.
    .fix-for-good = Nothing to do.
    .prevention = Nothing to do.

diag-code-cancelled = The request was cancelled (CANCELLED)
    .cause = The operation was cancelled, usually by the caller: the client closed the connection or its timeout fired before the server finished.
    .fix-now =
        Check whether your code, a proxy or a shutdown cancelled the request (client timeout, user abort).
        If the cancellation was not intended, raise the client timeout and send the request again.
    .fix-for-good =
        Set client and proxy timeouts longer than your longest expected response; long prompts and large outputs can take minutes.
    .prevention = Stream long responses, and keep deadlines consistent across client, proxy and load balancer.

diag-code-unknown = Unknown server error (UNKNOWN)
    .cause = The server failed with an error it could not classify, often a transient failure in a backend or a dependency.
    .fix-now =
        Retry with exponential backoff and jitter, a few times at most.
        If the same request keeps failing, shorten or simplify it to find what triggers the failure.
    .fix-for-good =
        Report a reproducible failure to Google with the request id and the time it happened.
    .prevention = Wrap calls in bounded retries with backoff, and log request ids.

diag-code-invalid-argument = The request is invalid (INVALID_ARGUMENT)
    .cause = The request itself is wrong: a field is malformed, out of range, or not supported by this model or API version, or the API key is not valid. Sending the same request again returns the same error.
    .fix-now =
        Read the message and the field details below: they name the field at fault.
        Check parameter names and ranges against the API reference, and that the model supports the feature in this API version (v1 or v1beta).
    .fix-for-good =
        Validate requests before sending them, and pin the SDK and API version you test against.
    .prevention = Add tests that build real requests, and upgrade SDKs deliberately.

diag-code-deadline-exceeded = The request ran out of time (DEADLINE_EXCEEDED)
    .cause = The request did not finish before its deadline: the prompt or context was too large to process in time, or the client's deadline is too short. The work may or may not have completed.
    .fix-now =
        Set a longer client timeout (deadline) and send the request again.
        Shorten the prompt or context, or ask for less output.
    .fix-for-good =
        Stream long generations, split large jobs, and use batch processing for offline work.
    .prevention = Measure response times and set deadlines with headroom; make writes idempotent, since a timed-out call may have completed.

diag-code-not-found = Not found (NOT_FOUND)
    .cause = What the request names does not exist or is not visible to the caller: a retired or misspelled model id, a file, a tuned model, a project or a region.
    .fix-now =
        Check the names in the request: model id, API version, region, project.
        For models, list the available ones (ListModels, or the models page) and pick a current id.
    .fix-for-good =
        Keep model ids in configuration rather than code, and follow the model deprecation schedule.
    .prevention = Alert on 404s after deploys, and pin model versions you have tested.

diag-code-already-exists = Already exists (ALREADY_EXISTS)
    .cause = The request tried to create something that already exists.
    .fix-now =
        Use the existing resource, or create the new one under another name.
        If this was a retry of a create that actually succeeded, treat it as success.
    .fix-for-good =
        Make creates idempotent: get-or-create, or client-chosen ids.
    .prevention = Handle 409 as a normal outcome of a create.

diag-code-permission-denied = Permission denied (PERMISSION_DENIED)
    .cause = The caller is authenticated but not allowed to do this: the API key or account lacks a permission, the API is not enabled for the project, or a restriction (key restriction, organisation policy) blocks it.
    .fix-now =
        Check that the key or credentials belong to the project you expect.
        Read the reason and metadata below: they name the service, permission or restriction.
        Enable the API or grant the missing role, then retry.
    .fix-for-good =
        Give each service its own credentials with the least roles it needs, and record which project each key belongs to.
    .prevention = Check permissions in a startup probe; keep keys out of code and rotate them.

diag-code-resource-exhausted = Quota or rate limit exceeded (RESOURCE_EXHAUSTED)
    .cause = A quota or rate limit was exceeded, or the service is short of capacity for this request. The error does not say which limit: per-minute limits recover within a minute, per-day limits at the daily reset, and capacity shortages on their own.
    .fix-now =
        Wait, then retry with exponential backoff and jitter.
        Reduce the request rate, or the tokens per request.
    .fix-for-good =
        Check the project's quotas and usage, and request a higher limit or a higher tier.
    .prevention = Throttle on the client side below your limits, and spread batch work over time.

diag-code-failed-precondition = The system is not ready for this request (FAILED_PRECONDITION)
    .cause = The request is valid, but the system is not in a state that allows it: for example billing is not enabled, the API is not available in your region, or a resource is not ready yet. Retrying fails until that state changes.
    .fix-now =
        Read the message: it names the precondition that failed.
        Fix that state (enable billing, change region, wait for the resource), then retry.
    .fix-for-good =
        Check preconditions (billing, region, resource state) when you set up a project, not when a call fails.
    .prevention = Monitor the project's billing and resource states.

diag-code-aborted = Aborted by a conflict (ABORTED)
    .cause = The operation was aborted, usually by a concurrency conflict: a transaction conflict or a concurrent change to the same resource.
    .fix-now =
        Retry the whole read-modify-write sequence, not only the failed call, with backoff.
    .fix-for-good =
        Reduce contention on hot resources, and use optimistic concurrency (etags).
    .prevention = Keep transactions short.

diag-code-out-of-range = Out of range (OUT_OF_RANGE)
    .cause = The request asked for something past the valid range, such as an offset past the end of a file or a page beyond the last.
    .fix-now =
        Check the range parameters against the size of the resource.
    .fix-for-good =
        Stop iterating when the server reports the end instead of computing offsets.
    .prevention = Treat OUT_OF_RANGE as the end of iteration where that is what it means.

diag-code-unimplemented = Not supported (UNIMPLEMENTED)
    .cause = The method, feature or parameter is not implemented by this API, version, model or region.
    .fix-now =
        Check that the method exists in the API version you call and that the model supports it.
        Use a supported alternative (another model, API version or region).
    .fix-for-good =
        Follow the API's release notes before relying on preview features.
    .prevention = Test features against each model you deploy.

diag-code-internal = Internal server error (INTERNAL)
    .cause = Something failed inside Google's service. For Gemini, very long input context can also cause it.
    .fix-now =
        Retry with exponential backoff and jitter.
        If it persists, shorten the input context, or switch to another model for a while.
    .fix-for-good =
        Report a reproducible failure to Google with the request id.
    .prevention = Use bounded retries, and keep context sizes well below the model's maximum.

diag-code-unavailable = Service unavailable or overloaded (UNAVAILABLE)
    .cause = The service is temporarily unavailable or overloaded (for Gemini, "The model is overloaded"). It is transient and on the server's side; it is not your quota.
    .fix-now =
        Retry with exponential backoff and jitter, starting at about a second.
        If it lasts, switch to another model or region for a while.
    .fix-for-good =
        Make calls resilient: bounded retries, a fallback model, and a circuit breaker.
    .prevention = Avoid traffic spikes; for critical paths on Vertex AI, consider provisioned throughput.

diag-code-data-loss = Data loss (DATA_LOSS)
    .cause = The service reported unrecoverable data loss or corruption.
    .fix-now =
        Stop and investigate before retrying; check what was written.
        Contact Google support with the request id.
    .fix-for-good =
        Keep backups of data you upload, and verify checksums.
    .prevention = Verify data integrity end to end.

diag-code-unauthenticated = Not authenticated (UNAUTHENTICATED)
    .cause = The request has no valid credentials: the access token is missing, expired or malformed, or the wrong kind of credential was sent.
    .fix-now =
        Refresh the credentials (for example `gcloud auth application-default login`, or mint a new access token).
        Check that the Authorization header or API key is actually sent with the request.
    .fix-for-good =
        Use a client library that refreshes tokens itself, and service accounts for servers.
    .prevention = Never hard-code tokens; they expire within an hour.

diag-http-other = HTTP error { $code }
    .cause = The server answered HTTP { $code }, which stands for no canonical Google status.
    .fix-now =
        Read the message for what the server objects to.
    .fix-for-good =
        Check the API reference for this status.
    .prevention = Log the full response body of failed calls.

## Message sentences (src/translate.rs). Values are kept verbatim.

msg-exceeded-current-quota = You exceeded your current quota, please check your plan and billing details.
msg-more-info-head-to = For more information on this error, head to: { $url }.
msg-monitor-usage-head-to = To monitor your current usage, head to: { $url }.
msg-quota-exceeded-metric-model = * Quota exceeded for metric: { $metric }, limit: { $limit }, model: { $model }
msg-quota-exceeded-metric = * Quota exceeded for metric: { $metric }, limit: { $limit }
msg-please-retry-in = Please retry in { $delay }s.
msg-model-overloaded = The model is overloaded.
msg-try-again-later = Please try again later.
msg-resource-exhausted-check-quota = Resource has been exhausted (e.g. check quota).
msg-resource-exhausted = Resource exhausted.
msg-refer-for-details = Please refer to { $url } for more details.
msg-api-key-not-valid = API key not valid.
msg-pass-valid-api-key = Please pass a valid API key.
msg-api-key-expired = API key expired.
msg-renew-api-key = Please renew the API key.
msg-location-not-supported = User location is not supported for the API use.
msg-model-not-found = models/{ $model } is not found for API version { $version }, or is not supported for { $method }.
msg-call-list-models = Call ListModels to see the list of available models and their supported methods.
msg-vertex-quota-base-model = Quota exceeded for { $metric } with base model: { $model }.
msg-submit-quota-increase = Please submit a quota increase request.
msg-cloud-quota-exceeded = Quota exceeded for quota metric '{ $metric }' and limit '{ $limit }' of service '{ $service }' for consumer '{ $consumer }'.
msg-api-not-used = { $api } API has not been used in project { $project } before or it is disabled.
msg-enable-by-visiting = Enable it by visiting { $url } then retry.
msg-enabled-recently = If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.
msg-caller-no-permission = The caller does not have permission.
msg-permission-denied-on = Permission '{ $permission }' denied on resource '{ $resource }'.
msg-insufficient-scopes = Request had insufficient authentication scopes.
msg-invalid-credentials = Request had invalid authentication credentials.
msg-expected-oauth = Expected OAuth 2 access token, login cookie or other valid authentication credential.
msg-see-url = See { $url }.
msg-internal-error = Internal error encountered.
msg-internal-error-retry = An internal error has occurred. Please retry or report in { $url }.
msg-internal-error-occurred = An internal error has occurred.
msg-deadline-expired = Deadline expired before operation could complete.
msg-rate-limit-exceeded = Rate Limit Exceeded.
msg-out-of-capacity = Unable to submit request because the service is temporarily out of capacity.
msg-service-unavailable = The service is currently unavailable.
msg-invalid-argument = Request contains an invalid argument.
msg-entity-not-found = Requested entity was not found.
