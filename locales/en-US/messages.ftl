### Sentences of Google error messages and their English form (src/translate.rs).
### Values are passed verbatim.

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
msg-entity-exists = Requested entity already exists.
msg-url-only = { $url }
msg-api-key-leaked = Your API key was reported as leaked.
msg-use-another-key = Please use another API key.
msg-user-rate-limit-exceeded = User Rate Limit Exceeded.
msg-quota-exceeded = Quota exceeded.
msg-permission-denied-enable-service = Permission denied to enable service [{ $service }].
msg-youtube-quota = The request cannot be completed because you have exceeded your quota.
msg-daily-limit-unreg = Daily Limit for Unauthenticated Use Exceeded.
msg-continued-use-signup = Continued use requires signup.
msg-payload-too-large = Request payload size exceeds the limit: { $limit } bytes.
msg-missing-credential = Request is missing required authentication credential.
msg-user-not-authorized = User not authorized to perform this action.
msg-field-not-specified = * { $path }: { $field } is not specified.
msg-unregistered-callers = Method doesn't allow unregistered callers (callers without established identity).
msg-use-api-key-identity = Please use API Key or other form of API consumer identity to call this API.
msg-billing-required = This API method requires billing to be enabled.
msg-enable-billing-visiting = Please enable billing on project { $project } by visiting { $url } then retry.
msg-billing-account-not-found = Billing account for project '{ $project }' is not found.
msg-billing-must-be-enabled = Billing must be enabled for activation of service(s) '{ $service }' to proceed.
msg-input-token-count = The input token count ({ $count }) exceeds the maximum number of tokens allowed ({ $max }).
msg-referer-blocked = Requests from referer { $referer } are blocked.
msg-client-app-blocked = Requests from this client application { $app } are blocked.
msg-ip-blocked = Requests from this IP address are blocked.
msg-api-blocked = Requests to this API { $method } method { $rpc } are blocked.
msg-api-key-provided-expired = The provided API key is expired.
msg-api-key-not-found = API Key not found.
msg-free-tier-country = Gemini API free tier is not available in your country.
msg-enable-billing-ai-studio = Please enable billing on your project in Google AI Studio.
msg-prepay-depleted = Your prepayment credits are depleted.
msg-manage-billing-ai-studio = Please go to AI Studio at { $url } to manage your project and billing.
msg-resource-exhausted-comma = Resource exhausted, please try again later.
msg-too-many-requests = Too many requests.
msg-exceeded-pt = Exceeded the Provisioned Throughput.
msg-tuned-model-no-access = You do not have permission to access tuned model { $model }.
msg-permission-denied-resource = Permission denied on resource { $resource }.
msg-consumer-suspended = Consumer '{ $consumer }' has been suspended.
msg-daily-quota-model = You have exhausted your daily quota on this model.
msg-precondition-failed = Precondition check failed.
msg-multiple-credentials = Multiple authentication credentials received.
msg-provide-only-one = Please only provide one.
msg-service-account-restricted = Access to Gemini API is restricted with service accounts.
msg-use-authorization-keys = Use authorization keys instead.
msg-bad-request = Bad Request.
msg-forbidden = Forbidden.
msg-not-found = Not Found.
msg-backend-error = Backend Error.
msg-internal-error-word = Internal Error.

# OpenAI and the APIs that copy its messages.
msg-openai-rate-limit-reached = Rate limit reached for { $model } in organization { $org } on { $dimension } per { $window }: Limit { $limit }, Used { $used }, Requested { $requested }.
msg-openai-try-again-in = Please try again in { $delay }.
msg-openai-visit-to-learn-more = Visit { $url } to learn more.
msg-openai-context-length = This model's maximum context length is { $limit } tokens. However, your messages resulted in { $requested } tokens.
msg-openai-reduce-length = Please reduce the length of the messages.
msg-openai-model-not-found = The model `{ $model }` does not exist or you do not have access to it.
msg-openai-incorrect-key = Incorrect API key provided: { $key }.

# Anthropic.
msg-anthropic-overloaded = Overloaded
msg-anthropic-credit-too-low = Your credit balance is too low to access the Anthropic API.
msg-anthropic-prompt-too-long = prompt is too long: { $requested } tokens > { $limit } maximum

# Amazon Bedrock.
msg-bedrock-too-many = Too many { $what }, please wait before trying again.
msg-bedrock-input-too-long = Input is too long for requested model.

# Azure OpenAI.
msg-azure-retry-after = Please retry after { $seconds } seconds.

# Azure OpenAI deployments.
msg-azure-operation-rate-limit = Requests to the { $operation } Operation under Azure OpenAI API version { $version } have exceeded { $kind } rate limit of your current { $tier } pricing tier.
msg-azure-go-here = Please go here: { $url } if you would like to further increase the default rate limit.
msg-azure-deployment-missing = The API deployment for this resource does not exist.
msg-azure-deployment-wait = If you created the deployment within the last { $minutes } minutes, please wait a moment and try again.

# DeepSeek, Mistral, Cohere, OpenRouter, xAI.
msg-deepseek-insufficient-balance = Insufficient Balance
msg-deepseek-auth-fails = Authentication Fails, Your api key: { $key } is invalid
msg-unauthorized = Unauthorized
msg-cohere-trial-key = You are using a Trial key, which is limited to { $limit } API calls / { $window }.
msg-cohere-upgrade = You can continue to use the Trial key for free or upgrade to a Production key with higher rate limits at '{ $url }'.
msg-cohere-contact = Contact us on '{ $chat }' or email us at { $email } with any questions
msg-openrouter-upstream-rate-limited = { $model } is temporarily rate-limited upstream.
msg-openrouter-retry-or-own-key = Please retry shortly, or add your own key to accumulate your rate limits: { $url }
msg-openrouter-more-credits = This request requires more credits, or fewer max_tokens.
msg-openrouter-can-afford = You requested up to { $requested } tokens, but can only afford { $afford }.
msg-openrouter-to-increase = To increase, visit { $url } and upgrade to a paid account
msg-xai-obtain-key = You can obtain an API key from { $url }.
msg-xai-credits-used = Your team { $team } has either used all available credits or reached its monthly spending limit.
msg-xai-buy-credits = To continue making API requests, please purchase more credits or raise your spending limit.
