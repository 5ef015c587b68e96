### apierr knowledge base: English (en-US). The words of each rule in src/diagnose/rules.rs.
### Every id here must also exist in locales/zh-CN/knowledge.ftl.
### Ids are `diag-` + the rule id with dots as dashes. Attributes: .cause, .fix-now, .fix-for-good,
### .prevention; each line of .fix-now and .fix-for-good is a numbered step.
### Variables: $model $limit $quota_id $metric $code $status $reason $delay, and the facts of
### src/diagnose/facts.rs ($service $service_title $activation_url $project $consumer $permission
### $resource $method $email $location $uid $validation_link $policy $version $token_count
### $token_max $byte_limit $tuned_model). Each has a placeholder when the error does not state it.

## Gemini CLI and Gemini Code Assist (domain cloudcode-pa.googleapis.com)

diag-codeassist-validation-required = Your Google account must be verified first (VALIDATION_REQUIRED)
    .cause = Gemini Code Assist (the "Login with Google" path of Gemini CLI) refuses requests until the account is verified. Nothing is wrong with the request or the quota.
    .fix-now =
        Open { $validation_link } in a browser, signed in with the same Google account, and complete the verification.
        Then run the command again.
    .fix-for-good =
        If the account cannot be verified (a managed Workspace account, for example), switch Gemini CLI to an API key or Vertex AI with /auth.
    .prevention = Verify new accounts before putting them in scripts or CI.

diag-codeassist-model-capacity = { $model } is out of capacity right now (not your quota)
    .cause = The service has no capacity left for { $model } at the moment. This is Google's capacity, shared by all users; your own quota is not used up, and nothing in your project causes it.
    .fix-now =
        Retry in a little while, with backoff.
        Or switch to another model (in Gemini CLI: /model), usually a Flash model.
    .fix-for-good =
        Configure a fallback model for busy hours, or use an API key with billing (or Vertex AI) for capacity you pay for.
    .prevention = Avoid depending on a single preview model for unattended work.

diag-codeassist-g1-credits = Not enough Google One AI credits for { $model } (INSUFFICIENT_G1_CREDITS_BALANCE)
    .cause = The request to { $model } would use Google One AI credits, and the account's balance is too low. Retrying will not help until credits are added.
    .fix-now =
        Check the credit balance of the Google account you signed in with, and add credits or wait for the plan's next allowance.
        Or switch to an API key (in Gemini CLI: /auth).
    .fix-for-good =
        Pick a plan whose allowance matches your usage, or use a billed API key for heavy work.
    .prevention = Watch the balance before long sessions.

diag-codeassist-quota-exhausted = Gemini Code Assist quota for { $model } used up (QUOTA_EXHAUSTED)
    .cause = The account has used its Gemini Code Assist allowance for { $model }. The limit is daily and counts over a rolling window rather than from midnight; the server says it resets at { $reset_at }. Retrying before then will fail.
    .fix-now =
        Switch to another model (in Gemini CLI: /model) that still has allowance.
        Or switch to an API key or Vertex AI with /auth.
        Or wait until { $reset_at } (see Suggested wait).
    .fix-for-good =
        Move to a plan with a higher allowance (Google AI Pro or Ultra, or a Code Assist Standard or Enterprise license), or to a billed API key.
    .prevention = Keep prompts and context small so that each task takes fewer requests; check /stats model during long sessions.

diag-codeassist-rate-limit = Gemini Code Assist rate limit for { $model }: wait { $delay }
    .cause = The account sent too many requests to { $model } in a short time. The server asked to wait { $delay }; after that the request can succeed.
    .fix-now =
        Wait { $delay }, then retry.
    .fix-for-good =
        Run fewer Gemini CLI sessions or agents in parallel on one account.
    .prevention = Let the client back off as the server asks instead of retrying at once.

diag-codeassist-rate-limit-long = Gemini Code Assist limit for { $model } reached; no quick retry
    .cause = The account hit a Gemini Code Assist limit for { $model }, and the server named no short wait: it asks for { $delay } (resetting at { $reset_at }), or names no wait at all. Treat it as a used-up allowance rather than a brief throttle.
    .fix-now =
        Switch to another model (in Gemini CLI: /model), or to an API key or Vertex AI with /auth.
        Or come back after the wait the server named.
    .fix-for-good =
        Move to a plan or billing setup with higher limits.
    .prevention = Spread heavy work over time, or across accounts where the terms of service allow it.

## Gemini API cases the message names

diag-gemini-api-key-leaked = This API key was reported as leaked and is blocked
    .cause = Google found this key in a public place (a repository, a web page) and blocked it. It will never work again, and whoever found it may have used your quota.
    .fix-now =
        Create a new key in Google AI Studio (or the Cloud console) and use it instead.
        Delete the leaked key, so nobody can use it whatever its state.
    .fix-for-good =
        Keep keys in a secret manager or environment variables, never in code or notebooks.
        Check where the key was published and remove it from the history too.
    .prevention = Scan commits for keys (a pre-commit hook or your host's secret scanning), and restrict each key to the APIs it needs.

diag-gemini-api-key-expired = The API key has expired
    .cause = The key used for this request to { $service } has expired; requests with it fail until it is renewed or replaced.
    .fix-now =
        Create or renew a key in Google AI Studio (or the Cloud console, Credentials page) and update your configuration.
    .fix-for-good =
        Track key expiry dates and rotate keys before they expire.
    .prevention = Store keys where one change updates every service that uses them.

diag-gemini-location-not-supported = The Gemini API is not available where this request comes from
    .cause = The request reached Google from a country or region where the Gemini API (at least its free tier) is not offered. What counts is where the request leaves from: a VPN, proxy, Cloudflare Worker or cloud region decides it, not where you are.
    .fix-now =
        Send the request from a supported region (check the VPN, proxy or cloud region your traffic uses).
        Or enable billing on the project in Google AI Studio: in some regions only the free tier is unavailable.
    .fix-for-good =
        Run the calling service in a supported region, or use Vertex AI in a supported Google Cloud region.
    .prevention = Check the list of available regions before deploying, and pin your egress region.

diag-gemini-free-tier-country = The Gemini API free tier is not available where this request comes from
    .cause = Google does not offer the free tier in the country the request leaves from (a VPN or proxy decides it, not where you are). The paid tier may be available.
    .fix-now =
        Enable billing on the project in Google AI Studio, then retry.
    .fix-for-good =
        Keep the project on a paid tier, or call from a region where the free tier is offered.
    .prevention = Check regional availability before relying on the free tier.

diag-gemini-model-not-found = Model { $model } does not exist for { $version } or does not support { $method }
    .cause = The model id is retired, misspelled or not available to your project in this API version, or it does not support the method called. Older ids such as gemini-pro or gemini-1.0-pro are no longer served.
    .fix-now =
        List the models your key can use (ListModels, or the models page) and pick a current id.
        Check the API version: preview features and some models are only on v1beta.
        Check that the model supports { $method } (embedding models do not generate content, for example).
    .fix-for-good =
        Keep the model id in configuration and follow the deprecation schedule, or use a "-latest" alias where one exists.
    .prevention = Alert on 404s after model changes, and test each model id you deploy.

diag-gemini-tuned-model-permission = No access to { $tuned_model }
    .cause = Tuned models belong to the account that created them. This request was not authorized as that account (API keys cannot reach tuned models that were not shared), or the model was deleted.
    .fix-now =
        Call the tuned model with OAuth credentials of its owner, or have the owner share it with you.
        Check that the tuned model still exists.
    .fix-for-good =
        Use OAuth (not an API key) for tuned models, and keep their ids in configuration.
    .prevention = Share tuned models explicitly with the service accounts that use them.

diag-gemini-input-too-long = The input is longer than { $model } accepts ({ $token_count } tokens, limit { $token_max })
    .cause = The prompt, with history, files and system instructions, has more tokens than the model's context window. The same request will always fail.
    .fix-now =
        Shorten the input: drop old conversation turns, summarize, or send only the relevant parts of files.
        Or use a model with a larger context window.
    .fix-for-good =
        Count tokens before sending (countTokens) and trim or split inputs that are too long.
    .prevention = Cap conversation history and file sizes in your client.

diag-request-too-large = The request is too large
    .cause = The request body is larger than the API accepts inline (the server's limit in bytes: { $byte_limit }). Large images, audio, video or PDFs sent inline hit this limit.
    .fix-now =
        Upload large files with the Files API (or Cloud Storage for Vertex AI) and send a reference instead of the bytes.
        Or reduce the size: compress, downscale, or split the input.
    .fix-for-good =
        Route every file above a few megabytes through the Files API.
    .prevention = Check payload sizes in the client before sending.

diag-gemini-prepay-depleted = Prepaid credits are used up
    .cause = The billing account pays with prepaid credits, and they are used up; every key of the project stops working until credits are added. Waiting does not help.
    .fix-now =
        Add credits in Google AI Studio (project billing), then retry.
    .fix-for-good =
        Turn on automatic top-up, or switch the billing account to post-paid.
    .prevention = Watch the credit balance and top up before it runs out.

## Quotas (429 RESOURCE_EXHAUSTED). The binding violation decides.

diag-quota-limit-zero = No quota for { $model } in this tier (limit 0)
    .cause = The limit { $quota_id } for { $model } is 0 for this project: the model has no quota in the project's tier at all (free-tier projects get no quota for some models, for example the Pro models). This is not a temporary limit, and waiting never helps. If you pay for the Gemini API: a free_tier metric means the key belongs to a project without billing.
    .fix-now =
        Use a model that has quota in your tier (the rate-limits page lists them).
        Or enable billing on the project to get paid-tier quota for { $model }.
    .fix-for-good =
        Link a billing account to the project (Tier 1) if you need this model, and use a key of that project.
        Check each model's limits for your tier before choosing it.
    .prevention = Check a model's limits for your tier in AI Studio before deploying it, and keep a fallback model configured.

diag-quota-free-tier-per-day = Free-tier daily request quota used up ({ $limit } requests per day for { $model })
    .cause = This project has used all { $limit } requests per day that the free tier allows for { $model } (quota { $quota_id }). The limit counts per project and per model, not per API key, so a new key in the same project does not help. The retry delay in the error is misleading: this quota comes back at midnight Pacific time, not in seconds. If you believe you pay for the Gemini API: the free_tier metric says this key's project has no billing.
    .fix-now =
        Switch to another model that still has free quota today (limits are per model).
        Or wait for the daily reset (see Suggested wait).
    .fix-for-good =
        Link a billing account to the project (Tier 1) for much higher limits.
        Watch your usage at https://ai.dev/usage?tab=rate-limit
    .prevention = Count requests per day on your side and stop before the limit; cache answers; combine several prompts into one request.

diag-quota-free-tier-input-tokens = Free-tier input tokens per minute used up ({ $limit } tokens per minute for { $model })
    .cause = The prompts sent to { $model } in the last minute add up to more input tokens than the free tier allows ({ $quota_id }, limit { $limit }). Long contexts, files and chat history count in full on every request. A single request larger than { $limit } tokens can never succeed, however long you wait.
    .fix-now =
        Wait the suggested time, then retry.
        Send smaller prompts: trim history, send excerpts of files instead of whole files.
    .fix-for-good =
        Link a billing account: paid tiers allow many times more tokens per minute.
        Use context caching for content you send repeatedly.
    .prevention = Count tokens before sending (countTokens) and pace requests to stay under the per-minute budget.

diag-quota-free-tier-per-minute = Free-tier per-minute limit reached ({ $limit } per minute for { $model })
    .cause = This project sent more requests per minute to { $model } than the free tier allows (quota { $quota_id }, limit { $limit }). Per-minute limits recover quickly, so here the server's retry delay is the right wait.
    .fix-now =
        Wait the suggested time, then retry.
        Slow down: space requests so that no more than { $limit } fall in any minute.
    .fix-for-good =
        Add client-side rate limiting (a token bucket) set below the limit.
        Link a billing account for higher per-minute limits.
    .prevention = Queue requests instead of sending them in bursts, and retry with backoff that honors the server's delay.

diag-quota-input-tokens = Input tokens per minute used up ({ $limit } per minute for { $model })
    .cause = The prompts sent to { $model } in the last minute exceed the project's input-token budget ({ $quota_id }, limit { $limit }). It recovers within a minute. A single request larger than { $limit } tokens can never succeed.
    .fix-now =
        Wait the suggested time, then retry.
        Reduce tokens per request: trim history and context, or spread large jobs over more minutes.
    .fix-for-good =
        Move to a higher usage tier (higher tiers have larger token budgets), or request a rate-limit increase.
        Use context caching for content you resend.
    .prevention = Count tokens before sending and pace the job to the per-minute budget.

diag-vertex-quota-per-minute = Vertex AI per-minute quota reached for { $model }
    .cause = The project reached its per-minute quota { $metric } for base model { $model } in { $location }. It recovers within a minute. Newer Gemini models on Vertex AI use dynamic shared quota instead, which has no per-project number to raise.
    .fix-now =
        Wait the suggested time, then retry with exponential backoff.
        Spread requests over time, or across regions (or the global endpoint).
    .fix-for-good =
        Request a quota increase for { $metric } on the Quotas page of the Google Cloud console.
        Or move to a model that uses dynamic shared quota, or buy Provisioned Throughput for steady load.
    .prevention = Smooth traffic peaks with a client-side queue.

diag-quota-per-day = Daily quota used up ({ $quota_id }, limit { $limit })
    .cause = The project reached a per-day limit ({ $quota_id }, limit { $limit }) for { $model }. Retries fail until the quota resets at midnight Pacific time, whatever retry delay the server suggests.
    .fix-now =
        Wait for the daily reset (see Suggested wait), or move the remaining work to another model.
    .fix-for-good =
        Request a higher daily limit, or move the project to a higher usage tier.
    .prevention = Track daily usage on your side; spread large jobs over several days or use batch processing.

diag-quota-per-minute = Per-minute quota reached ({ $quota_id }, limit { $limit })
    .cause = The project exceeded a per-minute limit ({ $quota_id }, limit { $limit }) of { $service }. It recovers within a minute.
    .fix-now =
        Wait the suggested time, then retry with backoff.
        Lower the request rate (or the tokens per request, for token limits).
    .fix-for-good =
        Request a higher limit for { $quota_id } (Google Cloud console, Quotas page), or move to a higher usage tier.
    .prevention = Throttle on the client side below the limit, and spread batch work over time.

diag-vertex-provisioned-throughput = Provisioned Throughput exceeded
    .cause = The project sent more traffic than its Provisioned Throughput covers, and the overflow was not allowed to spill over to pay-as-you-go (or the shared pool was busy too).
    .fix-now =
        Retry with exponential backoff.
        Let overflow fall back to pay-as-you-go (do not send the header X-Vertex-AI-LLM-Request-Type: dedicated), if you accept paying for it.
    .fix-for-good =
        Buy more Provisioned Throughput units for your peak, or shape traffic below the purchased throughput.
    .prevention = Monitor throughput usage against what you bought.

diag-vertex-capacity = Vertex AI is short of shared capacity (not your quota)
    .cause = The error names no quota: the shared pool that serves { $model } (dynamic shared quota, pay-as-you-go) was busy, or the service was briefly out of capacity. Your project did not use up a limit, and there is no quota to raise.
    .fix-now =
        Retry with truncated exponential backoff, starting at about a second.
        Send requests to the global endpoint instead of one region, so that they can be served elsewhere.
    .fix-for-good =
        Buy Provisioned Throughput for traffic that must not fail, or use priority pay-as-you-go where available.
    .prevention = Avoid traffic spikes; spread batch work over time.

diag-gemini-no-details = 429 without details: capacity or a spending limit, not a named quota
    .cause = The error names no quota. On the Gemini API this means shared capacity was short for { $model }, or a spend-based limit or prepaid-credit limit was hit, or traffic looked abusive. apierr cannot tell which from this error; check the usage page.
    .fix-now =
        Retry with exponential backoff, starting at a few seconds.
        Check your usage and limits at https://ai.dev/usage?tab=rate-limit
        If it persists, switch to another model for a while.
    .fix-for-good =
        Move to a higher tier (spend-based limits grow with the tier), or request a rate-limit increase.
    .prevention = Spread requests over time and keep a fallback model.

## google.api.ErrorReason (domain googleapis.com)

diag-reason-service-disabled = { $service } is not enabled in project { $project }
    .cause = The project the request is charged to ({ $project }) has not enabled { $service }, or disabled it. Every call to it fails until it is enabled; the key or credentials themselves are fine.
    .fix-now =
        Enable the API at { $activation_url }
        Wait a few minutes for it to take effect, then retry.
        If you did not expect project { $project }: your key or credentials belong to another project than you think (check the quota project of your credentials).
    .fix-for-good =
        Enable the APIs each project needs as part of its setup (gcloud services enable { $service }, or Terraform).
    .prevention = Keep the list of required APIs in code and check it when creating projects.

diag-reason-billing-disabled = Billing is disabled for project { $project }
    .cause = { $service } needs a billing account, and the project's billing is disabled or was never set up (or the billing account is closed or has a payment problem).
    .fix-now =
        Link an active billing account to project { $project } (Billing page of the Google Cloud console, or Google AI Studio for Gemini API keys).
        Fix any payment problem on the billing account, then retry.
    .fix-for-good =
        Put billing setup in your project creation steps, and watch the billing account's status.
    .prevention = Set budget alerts and keep a valid payment method.

diag-reason-api-key-invalid = The API key is not valid (API_KEY_INVALID)
    .cause = The key sent with the request does not exist, was deleted, is malformed, or is not a key for { $service }. A truncated key, quotes or spaces around it, or a key from another provider in the same variable all cause this. The Gemini API reports it as 400 INVALID_ARGUMENT, not as 401.
    .fix-now =
        Print the length and the first characters of the key your program actually sends (Google API keys start with AIza and have 39 characters).
        Copy a valid key from Google AI Studio (or the Cloud console) into the variable your SDK reads (GEMINI_API_KEY or GOOGLE_API_KEY).
    .fix-for-good =
        Load the key from one place (a secret manager or one environment variable) and validate it at startup.
    .prevention = Never paste keys by hand into code; rotate them through configuration.

diag-reason-api-key-service-blocked = This API key is not allowed to call { $service }
    .cause = The key has API restrictions, and { $service } is not in its list of allowed APIs.
    .fix-now =
        In the Cloud console (APIs & Services, Credentials), edit the key and add { $service } to its API restrictions.
        Or use a key meant for this API.
    .fix-for-good =
        Keep one key per application with exactly the APIs it calls.
    .prevention = Review key restrictions when an application starts using a new API.

diag-reason-api-key-http-referrer-blocked = The request's website is not allowed to use this API key
    .cause = The key is restricted to certain HTTP referrers (websites), and this request to { $service } came from another referrer or sent none (server-side code sends none).
    .fix-now =
        Add the site to the key's allowed referrers, or use a separate key without referrer restriction on the server.
    .fix-for-good =
        Use referrer-restricted keys only in browsers, and server keys (IP- or API-restricted) elsewhere.
    .prevention = Document which key serves which client.

diag-reason-api-key-ip-address-blocked = This IP address is not allowed to use this API key
    .cause = The key is restricted to certain IP addresses, and this request to { $service } came from another one (a new server, a changed NAT or egress address).
    .fix-now =
        Add the caller's public IP address to the key's allowed addresses, or call from an allowed address.
    .fix-for-good =
        Give servers fixed egress addresses, or use service accounts instead of IP-restricted keys.
    .prevention = Update key restrictions together with network changes.

diag-reason-api-key-android-app-blocked = This Android app is not allowed to use this API key
    .cause = The key is restricted to certain Android apps (package name and SHA-1 certificate fingerprint), and this app's package or signing certificate is not on the list. Debug and release builds are signed differently.
    .fix-now =
        Add the app's package name and the SHA-1 fingerprint of the certificate that signed this build to the key's restrictions.
    .fix-for-good =
        Register the fingerprints of every signing key (debug, release, Play App Signing).
    .prevention = Update key restrictions when signing keys change.

diag-reason-api-key-ios-app-blocked = This iOS app is not allowed to use this API key
    .cause = The key is restricted to certain iOS apps (bundle ids), and this app's bundle id is not on the list for { $service }.
    .fix-now =
        Add the app's bundle id to the key's restrictions.
    .fix-for-good =
        Register the bundle id of every build variant that calls the API.
    .prevention = Update key restrictions when bundle ids change.

diag-reason-rate-limit-exceeded = Rate limit exceeded for { $service }
    .cause = The project (or user) sent requests to { $service } faster than its rate quota allows. It recovers when the window passes, usually within a minute.
    .fix-now =
        Wait the suggested time, then retry with exponential backoff.
        Lower the request rate.
    .fix-for-good =
        Request a higher quota for { $service } on the Quotas page of the Google Cloud console.
    .prevention = Throttle on the client side and batch requests where the API allows.

diag-reason-resource-quota-exceeded = Allocation quota exceeded for { $service }
    .cause = The project holds as many resources of this kind as its quota { $quota_id } allows ({ $limit }: instances, jobs, addresses, GPUs…). This is not a rate: waiting does not help until resources are freed.
    .fix-now =
        Delete or stop resources you no longer need, then retry.
        Or request a higher value for { $quota_id } on the Quotas page of the Google Cloud console.
    .fix-for-good =
        Clean up unused resources automatically, and plan quota for your peak.
    .prevention = Alert when quota usage passes 80%.

diag-reason-location-tax-policy-violated = The billing account's tax location does not allow this region
    .cause = The billing account's address is in a location whose tax rules do not allow using { $service } in the requested region.
    .fix-now =
        Use another region, or a billing account registered in an allowed location.
    .fix-for-good =
        Choose regions with the billing account's location in mind.
    .prevention = Check regional and tax restrictions before deploying to a new region.

diag-reason-user-project-denied = No permission to charge this request to project { $project }
    .cause = The request names a project to bill or count quota against (x-goog-user-project, or the quota project of your credentials), and the caller may not use it, or it does not exist.
    .fix-now =
        Grant the caller the Service Usage Consumer role (serviceusage.services.use) on project { $project }.
        Or set a quota project the caller may use: gcloud auth application-default set-quota-project PROJECT_ID.
    .fix-for-good =
        Set the quota project explicitly in each environment's configuration.
    .prevention = Check the quota project of local credentials before running jobs against shared projects.

diag-reason-consumer-suspended = Project { $project } is suspended
    .cause = Google suspended { $consumer } (for example after a terms-of-service or abuse review, or unpaid bills). All its API calls fail.
    .fix-now =
        Look for the suspension notice in the project owners' e-mail and the Cloud console, and follow the appeal steps there.
    .fix-for-good =
        Resolve the cause named in the notice (security issue, billing, policy) before restoring traffic.
    .prevention = Keep project contacts current so notices reach someone.

diag-reason-consumer-invalid = The project in the request is invalid or does not exist
    .cause = The project id or number the request names ({ $consumer }) is malformed, does not exist, or was deleted.
    .fix-now =
        Check the project id in your configuration and credentials (gcloud config get-value project).
        If the project was deleted less than 30 days ago, it can be restored from the Cloud console.
    .fix-for-good =
        Read project ids from one configuration source.
    .prevention = Do not delete projects that live credentials still point to.

diag-reason-security-policy-violated = Blocked by VPC Service Controls
    .cause = A VPC Service Controls perimeter blocks this request: the caller, network or project is outside the perimeter that protects { $service }.
    .fix-now =
        Give the security team the violation id { $uid }: it finds the exact rule in the audit logs.
        Call from inside the perimeter, or have an ingress or egress rule added for this caller.
    .fix-for-good =
        Agree perimeter rules for each service account and network that needs access.
    .prevention = Test new access paths in dry-run mode before enforcing perimeters.

diag-reason-access-token-expired = The access token has expired
    .cause = OAuth access tokens last about an hour; the one sent to { $service } is past its lifetime.
    .fix-now =
        Get a fresh token (gcloud auth login or gcloud auth application-default login locally; the client library refreshes tokens on servers).
    .fix-for-good =
        Let the client library create and refresh tokens instead of passing a fixed token.
    .prevention = Never store access tokens in configuration; store the credentials that mint them.

diag-reason-access-token-scope-insufficient = The access token lacks the OAuth scope this call needs
    .cause = The token is valid but was issued without the scope that { $method } of { $service } requires (for example cloud-platform, or the Generative Language scopes for tuned models).
    .fix-now =
        Mint a token with the needed scope, for example gcloud auth application-default login --scopes=https://www.googleapis.com/auth/cloud-platform
        On a VM or cluster, check the service account's access scopes.
    .fix-for-good =
        Request the scopes in your client's credential setup, not at call time.
    .prevention = List the scopes each service needs in its configuration.

diag-reason-account-state-invalid = The account is disabled or deleted
    .cause = The user or service account { $email } behind the credentials is disabled or deleted.
    .fix-now =
        Use another account, or ask an administrator to enable or undelete it (service accounts can be undeleted for 30 days).
    .fix-for-good =
        Create a dedicated service account per workload and track who owns it.
    .prevention = Rotate credentials before disabling accounts that workloads use.

diag-reason-access-token-type-unsupported = This kind of access token is not accepted here
    .cause = { $service } does not accept the type of token sent (for example an ID token instead of an access token, or a token meant for another audience).
    .fix-now =
        Send an OAuth 2.0 access token (gcloud auth print-access-token), or the credential type the API documents.
    .fix-for-good =
        Let the client library choose the credential type.
    .prevention = Do not mix ID tokens and access tokens in one variable.

diag-reason-credentials-missing = The request carries no credentials
    .cause = The request reached { $service } with neither an API key nor an OAuth token. Usually the environment variable your SDK reads is empty in this environment, or the key is sent in a header the API does not read.
    .fix-now =
        Set the API key (GEMINI_API_KEY or GOOGLE_API_KEY for the Gemini API) or Application Default Credentials in the environment that runs this code.
        Check that the variable is really passed to the process (CI secrets, containers, systemd units).
    .fix-for-good =
        Fail at startup when credentials are missing instead of at the first call.
    .prevention = Check credentials in a startup probe.

diag-reason-resource-project-invalid = The project in the resource name is invalid
    .cause = The resource name in the { $method } request contains a project that is malformed, empty or does not exist.
    .fix-now =
        Check the project part of the resource name (projects/PROJECT_ID/...) in the request.
    .fix-for-good =
        Build resource names from configuration, not by hand.
    .prevention = Validate configuration at startup.

diag-reason-session-cookie-invalid = The browser session cookie is missing or invalid
    .cause = The request relied on a browser session cookie ({ $cookie }) that is missing, expired or invalid.
    .fix-now =
        Sign in again in the browser, then retry.
    .fix-for-good =
        Use OAuth or an API key for programmatic access instead of session cookies.
    .prevention = Do not reuse browser cookies in scripts.

diag-reason-user-blocked-by-admin = Your administrator has blocked this service
    .cause = A Google Workspace or Cloud Identity administrator has turned off { $service } for your account.
    .fix-now =
        Ask your administrator to enable the service for your account or organizational unit.
    .fix-for-good =
        Request access through your organization's process for new services.
    .prevention = Check with IT before building on a service your domain may restrict.

diag-reason-resource-usage-restriction-violated = An organization policy forbids this service
    .cause = An organization policy (resource usage restriction, constraints/gcp.restrictServiceUsage) does not allow { $service } in this project.
    .fix-now =
        Ask the organization policy administrator to allow { $service } for this project or folder.
    .fix-for-good =
        Request policy exceptions as part of the project's setup.
    .prevention = Check organization policies before choosing a service.

diag-reason-system-parameter-unsupported = A system parameter of the request is not supported
    .cause = The request uses a system parameter (a standard query parameter or x-goog header) that { $service } does not support.
    .fix-now =
        Remove the unsupported parameter or header from the request.
    .fix-for-good =
        Send only the parameters the API documents.
    .prevention = Keep client libraries up to date.

diag-reason-org-restriction-violation = Blocked by the organization restriction header
    .cause = The request to { $service } carries an X-Goog-Allowed-Resources header (often set by a corporate proxy), and the resource belongs to an organization outside that list.
    .fix-now =
        Call from a network without the restriction, or ask the network administrators to add the organization to the allowed list.
    .fix-for-good =
        Agree with IT which organizations the proxy allows.
    .prevention = Test new projects through the corporate proxy early.

diag-reason-org-restriction-header-invalid = The organization restriction header is malformed
    .cause = The X-Goog-Allowed-Resources header on the request to { $service } (often added by a proxy) is not valid.
    .fix-now =
        Ask the network administrators to fix the header the proxy adds.
    .fix-for-good =
        Validate proxy configuration changes.
    .prevention = Monitor for this error after proxy changes.

diag-reason-service-not-visible = { $service } is not visible to this project
    .cause = The service is private or in limited preview, and this project or account has no access to it.
    .fix-now =
        Check the service name; if it is a preview, request access for the project.
    .fix-for-good =
        Use generally available services in production.
    .prevention = Track preview access per project.

diag-reason-gcp-suspended = Google Cloud access is suspended for this project
    .cause = Access to Google Cloud is suspended for { $consumer } (for example for billing or policy reasons).
    .fix-now =
        Check the owners' e-mail and the Cloud console for the notice, and contact Google Cloud Billing or Support.
    .fix-for-good =
        Resolve the cause the notice names.
    .prevention = Keep billing in good standing and contacts current.

diag-reason-location-policy-violated = The requested location is not allowed by policy
    .cause = A resource-location policy does not allow creating or using resources in the requested location ({ $location }).
    .fix-now =
        Use a location the policy allows (the Help links in the error name them).
    .fix-for-good =
        Configure default locations that match the organization's policy.
    .prevention = Check gcp.resourceLocations before choosing regions.

diag-reason-missing-origin = The request has no Origin header
    .cause = The API key is restricted to browser use, which needs an Origin header, and this request to { $service } has none.
    .fix-now =
        Call from a browser, or use a key meant for server-side use.
    .fix-for-good =
        Separate browser keys from server keys.
    .prevention = Document which key serves which client.

diag-reason-overloaded-credentials = The request carries more than one credential
    .cause = The request to { $service } sent two kinds of credentials at once, typically an API key (key= or x-goog-api-key) and an Authorization: Bearer token. The API accepts exactly one.
    .fix-now =
        Send only one: remove the API key when using OAuth, or the Authorization header when using a key.
        Check for environment variables that make the SDK add the other one (GOOGLE_APPLICATION_CREDENTIALS together with GEMINI_API_KEY).
    .fix-for-good =
        Configure one authentication method per client.
    .prevention = Keep one credential variable per environment.

diag-reason-location-org-policy-violated = The location is not allowed by an organization policy
    .cause = An organization policy restricts where resources may live, and this request targets a location outside it ({ $location }).
    .fix-now =
        Use an allowed location, or ask the policy administrator for an exception.
    .fix-for-good =
        Align default regions with the organization's location policy.
    .prevention = Check location policies before deploying to a new region.

diag-reason-tls-org-policy-violated = TLS version blocked by an organization policy
    .cause = The connection uses an old TLS version (1.0 or 1.1) that an organization policy forbids for { $service }.
    .fix-now =
        Update the client, runtime or proxy to use TLS 1.2 or later.
    .fix-for-good =
        Keep runtimes and TLS libraries current.
    .prevention = Test clients against TLS 1.2-only endpoints.

diag-reason-emulator-quota-exceeded = Emulator quota exceeded
    .cause = The local emulator's quota for { $service } was exceeded.
    .fix-now =
        Wait a little, then retry; or restart the emulator.
    .fix-for-good =
        Lower the request rate of tests against the emulator.
    .prevention = Throttle test traffic.

diag-reason-credential-android-app-invalid = The Android app credential is invalid
    .cause = The Android app identity sent with the request to { $service } (package or certificate header) is not valid for this key.
    .fix-now =
        Check that the app sends its package name and signing certificate and that they match the key's restrictions.
    .fix-for-good =
        Register every signing certificate the app uses.
    .prevention = Update restrictions when signing keys change.

diag-reason-iam-permission-denied = Missing IAM permission { $permission }
    .cause = The caller lacks { $permission } on { $resource }. The credentials are valid but their roles do not include this permission (or the resource does not exist and Google does not reveal it).
    .fix-now =
        Grant the caller a role that includes { $permission } on { $resource } (or its project).
        Check which identity the code runs as: gcloud auth list, or the service account of the workload.
    .fix-for-good =
        Give each workload a service account with a role that has exactly the permissions it uses.
    .prevention = Check access with the IAM Policy Troubleshooter when deploying new workloads.

diag-reason-jwt-token-invalid = The JWT is invalid
    .cause = The self-signed JWT or ID token sent to { $service } is malformed, expired, signed with an unknown key, or for the wrong audience, or the machine's clock is off.
    .fix-now =
        Check the token's audience and expiry, and that the machine's clock is synchronized.
        Regenerate the token (or the service account key that signs it).
    .fix-for-good =
        Let the client library sign tokens.
    .prevention = Keep clocks synchronized with NTP.

diag-reason-credential-type-unsupported = This kind of credential is not supported here
    .cause = The API does not accept this credential type; for example the Gemini API restricts service-account access for some calls and expects an API key.
    .fix-now =
        Use the credential type the API documents (an API key for the Gemini API, OAuth user or service account credentials for Vertex AI).
    .fix-for-good =
        Configure the client with the documented credential type.
    .prevention = Check an API's authentication page before choosing credentials.

diag-reason-account-type-unsupported = This account type is not supported
    .cause = The account behind the credentials is of a type { $service } does not accept (for example a consumer account where a Workspace account is required, or the reverse).
    .fix-now =
        Use an account of a supported type.
    .fix-for-good =
        Create dedicated accounts of the right type for this service.
    .prevention = Check account requirements before onboarding users.

diag-reason-endpoint-usage-restriction-violated = This endpoint is blocked by an organization policy
    .cause = An organization policy (constraints/gcp.restrictEndpointUsage) does not allow calling this endpoint of { $service }.
    .fix-now =
        Use an allowed endpoint (for example the regional or global one the policy permits), or ask the policy administrator.
    .fix-for-good =
        Configure clients with the endpoints the policy allows.
    .prevention = Check endpoint restrictions before switching endpoints.

diag-reason-tls-cipher-restriction-violated = TLS cipher blocked by an organization policy
    .cause = The connection negotiated a TLS cipher suite that an organization policy forbids for { $service }.
    .fix-now =
        Update the client's TLS configuration to use an allowed cipher suite.
    .fix-for-good =
        Use current TLS libraries with default secure ciphers.
    .prevention = Test clients against the policy's cipher list.

diag-reason-mcp-server-disabled = The MCP server for { $service } is not enabled
    .cause = The request goes through the Model Context Protocol (MCP) server of { $service }, and it is not enabled for this project.
    .fix-now =
        Enable MCP access for { $service } in the project, then retry.
    .fix-for-good =
        Enable MCP servers as part of the project setup for agents that need them.
    .prevention = List the MCP servers your agents need.

## Legacy errors[].reason (YouTube, Drive, Sheets, Gmail, older Cloud APIs)

diag-legacy-unregistered = Calls without credentials have a tiny quota (unregistered use)
    .cause = The request has no API key or OAuth token, so it counts against the shared quota for unauthenticated use, which is used up. A 403 here means "sign up", not "forbidden".
    .fix-now =
        Send an API key or OAuth credentials with every request (to get them, see { $extended_help }).
    .fix-for-good =
        Create a project, enable the API and use its key or a service account.
    .prevention = Fail at startup when no credentials are configured.

diag-legacy-rate-limit = Rate limit exceeded ({ $reason }): slow down
    .cause = The API throttled the request because the project or the user sent too many requests too fast. In these older APIs a 403 with this reason means throttled, not forbidden.
    .fix-now =
        Retry with exponential backoff and jitter.
        Lower the request rate, or spread requests over more users (for per-user limits).
    .fix-for-good =
        Batch requests where the API allows, and request a higher quota in the Cloud console.
    .prevention = Throttle on the client side.

diag-legacy-daily-limit = Daily quota used up ({ $reason })
    .cause = The project used its daily quota for this API. Retries fail until it resets at midnight Pacific time.
    .fix-now =
        Wait for the daily reset (see Suggested wait).
        Request a quota increase in the Cloud console if your use is legitimate.
    .fix-for-good =
        Reduce calls per task (caching, fields= partial responses, batching).
    .prevention = Track daily usage against the quota.

diag-legacy-payment-required = Payment required ({ $reason })
    .cause = The request needs billing (or a paid quota) that the project does not have.
    .fix-now =
        Enable billing for the project ({ $extended_help }), then retry.
    .fix-for-good =
        Keep billing active on projects that use paid quota.
    .prevention = Watch billing status and budgets.

diag-legacy-access-not-configured = The API is not enabled for the project (accessNotConfigured)
    .cause = The project your key or credentials belong to has not enabled this API. The message names the API and the project; the credentials themselves are fine.
    .fix-now =
        Enable the API for the project named in the message (Cloud console, APIs & Services, or the link in the message).
        Wait a few minutes, then retry.
    .fix-for-good =
        Enable required APIs as part of project setup.
    .prevention = Keep the list of required APIs in code.

diag-legacy-key-invalid = The API key is invalid or expired ({ $reason })
    .cause = The key sent does not exist, was deleted, has expired, or belongs to another API.
    .fix-now =
        Create a valid key in the Cloud console (APIs & Services, Credentials) and update your configuration.
    .fix-for-good =
        Load keys from one configuration source and validate them at startup.
    .prevention = Rotate keys through configuration, not code.

diag-legacy-forbidden = Forbidden ({ $reason })
    .cause = The credentials are valid but may not perform this operation on this resource (missing sharing, scope or role).
    .fix-now =
        Check the permissions of the account on the resource (file sharing, channel ownership, domain settings) and the OAuth scopes of the token.
    .fix-for-good =
        Request the scopes and sharing your application needs at setup.
    .prevention = Test with the least-privileged account you deploy with.

diag-legacy-auth = Authentication failed ({ $reason })
    .cause = The credentials in { $legacy_location } are missing, invalid or expired.
    .fix-now =
        Refresh or re-create the credentials, and check that they are sent with the request.
    .fix-for-good =
        Use a client library that refreshes tokens.
    .prevention = Never store access tokens; store refreshable credentials.

diag-legacy-invalid = The request is invalid ({ $reason })
    .cause = A parameter or the body of the request is missing, malformed or not allowed. The message and the error's location field name it.
    .fix-now =
        Read the message and the location in the details, and fix that parameter.
    .fix-for-good =
        Validate requests against the API reference before sending.
    .prevention = Add tests that send real requests.

diag-legacy-not-found = Not found ({ $reason })
    .cause = The resource does not exist, was deleted, or is not visible to these credentials.
    .fix-now =
        Check the id in the request and that the account can see the resource.
    .fix-for-good =
        Handle deletions and missing resources as normal outcomes.
    .prevention = Do not cache ids of resources others may delete.

diag-legacy-conflict = Conflict ({ $reason })
    .cause = The resource changed or already exists; a condition of the request (etag, uniqueness) does not hold.
    .fix-now =
        Read the current state, and retry the change on top of it.
    .fix-for-good =
        Use etags and get-or-create patterns.
    .prevention = Serialise concurrent writers to the same resource.

diag-legacy-too-large = Too large ({ $reason })
    .cause = The upload, batch, request or response is larger than the API allows.
    .fix-now =
        Split the upload or batch, use resumable uploads for large files, or ask for fewer fields or items per response.
    .fix-for-good =
        Size batches and pages below the documented limits.
    .prevention = Check sizes before sending.

diag-legacy-backend = Backend error ({ $reason }): retry with backoff
    .cause = A transient failure on Google's side. The same request usually succeeds on a later attempt.
    .fix-now =
        Retry with exponential backoff and jitter.
    .fix-for-good =
        Make your calls idempotent so that retries are safe.
    .prevention = Bounded retries on every call.

diag-legacy-account = Account problem ({ $reason })
    .cause = The account is deleted, disabled or not verified for this service.
    .fix-now =
        Use another account, or fix the account's state (verify it, or ask its administrator).
    .fix-for-good =
        Use dedicated, verified accounts for automation.
    .prevention = Monitor the state of service accounts.

diag-legacy-ssl-required = HTTPS is required
    .cause = The request used plain HTTP; the API only accepts HTTPS.
    .fix-now =
        Call the https:// endpoint.
    .fix-for-good =
        Configure clients with HTTPS base URLs only.
    .prevention = Block plain HTTP in the client.

diag-legacy-not-implemented = Not implemented ({ $reason })
    .cause = The operation or HTTP method is not supported by this API.
    .fix-now =
        Check the method and URL against the API reference.
    .fix-for-good =
        Use the documented operations of the API version you call.
    .prevention = Pin and test API versions.

## Server-side trouble

diag-gemini-overloaded = Model overloaded (503): retry shortly or switch model
    .cause = Google's servers are temporarily short of capacity for { $model }. It is on the server's side and says nothing about your quota or your request.
    .fix-now =
        Retry with exponential backoff and jitter, starting at about a second; a few attempts usually succeed.
        If it lasts for minutes, switch to another model (a Flash model is often less busy) for a while.
    .fix-for-good =
        Configure a fallback model and bounded retries in your client.
    .prevention = Avoid bursts at peak hours; for critical paths, consider Vertex AI with Provisioned Throughput.

diag-gemini-internal = Internal error on the Gemini API (500)
    .cause = Something failed inside Google's service. For the Gemini API, very long input context is a common trigger.
    .fix-now =
        Retry with exponential backoff.
        If the same request keeps failing, shorten the input context or switch to another model for a while.
    .fix-for-good =
        Report a reproducible failure (AI Studio: Send feedback) with the request and the time.
    .prevention = Keep contexts well below the model's maximum and use bounded retries.

## The canonical codes (google/rpc/code.proto)

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
    .cause = The caller is authenticated but not allowed to do this: the API key or account lacks a permission, the API is not enabled for the project, or a restriction (key restriction, organization policy) blocks it.
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
    .cause = The service is temporarily unavailable or overloaded. It is transient and on the server's side; it is not your quota.
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

## Other providers, by the kind of failure. $provider is the provider's name.

provider-unknown = the API provider

diag-provider-rate-limit = { $provider } rate limit reached: wait and retry
    .cause = The requests or tokens sent in the current window went over a rate limit of { $provider } for this key, organization or deployment. It recovers as the window moves on; nothing is broken.
    .fix-now =
        Wait the delay the response gives (its message or Retry-After header), then retry with exponential backoff and jitter.
        Send fewer requests at once, or fewer tokens per request (a lower max_tokens counts too).
    .fix-for-good =
        Ask { $provider } for a higher rate limit or usage tier, or spread the load over more deployments or keys the terms allow.
    .prevention = Throttle on the client side below your limits, using the x-ratelimit headers the responses carry.

diag-provider-quota-exhausted = { $provider } quota or spend limit used up: waiting will not help
    .cause = This is not a per-minute throttle: the account has used its credit, its plan's quota or a spend limit it set. Every request fails until that changes, however long you wait.
    .fix-now =
        Check the usage and billing pages of { $provider }: add credit, raise the spend limit or change the plan.
        Make sure the key belongs to the organization or project that pays.
    .fix-for-good =
        Turn on automatic recharge, or set a budget alert well before the limit.
    .prevention = Watch spend against the limit, and fail fast on this error instead of retrying it.

diag-provider-billing = { $provider } account has no credit left
    .cause = The balance of the account that the key belongs to is too low to pay for this request.
    .fix-now =
        Add credit or a payment method in the billing settings of { $provider }.
        Check that the key belongs to the account you topped up.
    .fix-for-good =
        Turn on automatic recharge, or alert when the balance runs low.
    .prevention = Watch the balance, and fail fast on this error instead of retrying it.

diag-provider-request-too-large = One request is larger than { $provider } accepts
    .cause = This single request is larger than the limit allows: in tokens per minute, or in bytes. Waiting never helps, because the same request is too large in any window.
    .fix-now =
        Shrink the request: shorter input, fewer examples or files, a lower max_tokens.
        Split the work into several smaller requests.
    .fix-for-good =
        Ask for a higher tier or limit if requests this large are normal for you.
    .prevention = Count tokens before sending, and cut or split what would not fit.

diag-provider-context-length = The input does not fit the model's context window
    .cause = The prompt plus the requested output is longer than the context window of the model at { $provider }. Retrying the same request fails the same way.
    .fix-now =
        Shorten the input: drop old conversation turns, summarise, or send fewer documents.
        Lower max_tokens, or choose a model with a larger context window.
    .fix-for-good =
        Trim or summarise history automatically as a conversation grows.
    .prevention = Count tokens before each call and keep a margin below the window.

diag-provider-content-policy = { $provider } content filter blocked the request or the answer
    .cause = The prompt or the completion was flagged by the content filter of { $provider } (the details name the category and severity when the response gives them). Retrying the same input is blocked again.
    .fix-now =
        Read which category was flagged, and rephrase the input or remove what triggered it.
        If the text is legitimate, review the filter settings of your deployment where the provider allows it.
    .fix-for-good =
        Handle this error in the application: tell the user, do not retry in a loop.
    .prevention = Screen user input before sending it, and log flagged requests for review.

diag-provider-auth = { $provider } rejected the API key
    .cause = The key or token is missing, mistyped, revoked or for another account or endpoint.
    .fix-now =
        Check the key the process really uses (environment variable, secret store) and the base URL it is sent to.
        Create a new key in the console of { $provider } if the old one was revoked.
    .fix-for-good =
        Keep keys in a secret manager and rotate them on a schedule.
    .prevention = Check the key at start-up with a cheap call, and alert on authentication errors.

diag-provider-permission = { $provider } refused access to this resource
    .cause = The key is valid, but its organization, project or role may not use this model, deployment or feature.
    .fix-now =
        Check that access to the model is granted for this account and region (Amazon Bedrock needs model access to be requested).
        Check the key's project and role.
    .fix-for-good =
        Grant the access in the console, or use a key of an account that has it.
    .prevention = Test each model and region you deploy with the production key.

diag-provider-not-found = The model or deployment does not exist at { $provider }
    .cause = The model id, deployment name or endpoint is misspelled, retired or not available to this account or region.
    .fix-now =
        Check the model or deployment name against the list the provider shows for your account.
        Check the API version and base URL.
    .fix-for-good =
        Keep model and deployment names in configuration, and follow the deprecation notices.
    .prevention = Test each model id you deploy, and alert on 404s after changes.

diag-provider-region-blocked = { $provider } does not serve this country or region
    .cause = The request came from a country, region or territory the provider does not support.
    .fix-now =
        Run the calls from a supported region, or use the same model through a cloud provider that serves yours.
    .fix-for-good =
        Host the service that calls the API in a supported region.
    .prevention = Check the provider's supported countries before you deploy.

diag-provider-overloaded = { $provider } is overloaded: retry shortly
    .cause = The provider's servers are short of capacity right now. It says nothing about your limits or your request.
    .fix-now =
        Retry with exponential backoff and jitter, starting at a couple of seconds.
        If it lasts, switch to another model or region for a while.
    .fix-for-good =
        Configure a fallback model or provider and bounded retries.
    .prevention = Avoid bursts at peak hours, and keep a fallback ready.

diag-provider-server = { $provider } had an internal error
    .cause = Something failed on the provider's side while serving the request.
    .fix-now =
        Retry with exponential backoff and jitter; a few attempts usually succeed.
        Check the provider's status page if it keeps failing.
    .fix-for-good =
        Make the calls idempotent so that retries are safe, and bound them.
    .prevention = Alert on a rising rate of server errors, not on each one.

diag-provider-timeout = The request to { $provider } timed out
    .cause = The model did not finish in time: a long input, a long output or a busy service.
    .fix-now =
        Retry with backoff; ask for less output, or stream the response.
        Raise the client's timeout if the work is legitimately long.
    .fix-for-good =
        Stream long answers, and split long jobs into smaller requests.
    .prevention = Set timeouts that match the output size you request.

diag-provider-invalid-request = { $provider } rejected the request as invalid
    .cause = A parameter, the message format or the model's options are not what the API accepts; the message says which.
    .fix-now =
        Read the message and the parameter it names, and fix the request.
    .fix-for-good =
        Validate requests against the provider's API reference, and pin the SDK version.
    .prevention = Test request shapes in CI against the API, and log rejected requests.
