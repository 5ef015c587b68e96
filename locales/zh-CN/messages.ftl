### Google 错误消息中的句子及其中文译文（src/translate.rs）。其中的值原样保留。

## 错误消息中的句子（src/translate.rs）。其中的值原样保留。

msg-exceeded-current-quota = 您已超出当前配额，请检查您的套餐和结算信息。
msg-more-info-head-to = 有关此错误的更多信息，请访问：{ $url }。
msg-monitor-usage-head-to = 如需监控当前用量，请访问：{ $url }。
msg-quota-exceeded-metric-model = * 已超出指标 { $metric } 的配额，上限：{ $limit }，模型：{ $model }
msg-quota-exceeded-metric = * 已超出指标 { $metric } 的配额，上限：{ $limit }
msg-please-retry-in = 请在 { $delay } 秒后重试。
msg-model-overloaded = 模型过载。
msg-try-again-later = 请稍后重试。
msg-resource-exhausted-check-quota = 资源已耗尽（例如请检查配额）。
msg-resource-exhausted = 资源已耗尽。
msg-refer-for-details = 详情请参阅 { $url }。
msg-api-key-not-valid = API 密钥无效。
msg-pass-valid-api-key = 请提供有效的 API 密钥。
msg-api-key-expired = API 密钥已过期。
msg-renew-api-key = 请更新 API 密钥。
msg-location-not-supported = 用户所在地区不支持使用该 API。
msg-model-not-found = 在 API 版本 { $version } 中找不到 models/{ $model }，或该模型不支持 { $method }。
msg-call-list-models = 调用 ListModels 可查看可用模型及其支持的方法。
msg-vertex-quota-base-model = 已超出 { $metric } 的配额，基础模型：{ $model }。
msg-submit-quota-increase = 请提交提高配额的申请。
msg-cloud-quota-exceeded = 已超出服务“{ $service }”中调用方“{ $consumer }”的配额：指标“{ $metric }”，限制“{ $limit }”。
msg-api-not-used = 项目 { $project } 以前从未使用过 { $api } API，或已将其停用。
msg-enable-by-visiting = 请访问 { $url } 启用该 API，然后重试。
msg-enabled-recently = 如果您刚刚启用了该 API，请等待几分钟，让操作同步到我们的系统后再重试。
msg-caller-no-permission = 调用方没有权限。
msg-permission-denied-on = 对资源“{ $resource }”的权限“{ $permission }”被拒绝。
msg-insufficient-scopes = 请求的身份验证范围不足。
msg-invalid-credentials = 请求的身份验证凭据无效。
msg-expected-oauth = 需要 OAuth 2 访问令牌、登录 Cookie 或其他有效的身份验证凭据。
msg-see-url = 请参阅 { $url }。
msg-internal-error = 发生内部错误。
msg-internal-error-retry = 发生内部错误。请重试，或在 { $url } 报告。
msg-internal-error-occurred = 发生内部错误。
msg-deadline-expired = 操作完成之前已超出截止时间。
msg-rate-limit-exceeded = 超出速率限制。
msg-out-of-capacity = 服务暂时容量不足，无法提交请求。
msg-service-unavailable = 服务当前不可用。
msg-invalid-argument = 请求包含无效参数。
msg-entity-not-found = 找不到请求的实体。
msg-entity-exists = 请求的实体已存在。
msg-url-only = { $url }
msg-api-key-leaked = 您的 API 密钥已被举报泄露。
msg-use-another-key = 请使用其他 API 密钥。
msg-user-rate-limit-exceeded = 超出用户速率限制。
msg-quota-exceeded = 已超出配额。
msg-permission-denied-enable-service = 无权启用服务 [{ $service }]。
msg-youtube-quota = 您已超出配额，无法完成请求。
msg-daily-limit-unreg = 已超出未经身份验证调用的每日上限。
msg-continued-use-signup = 如需继续使用，请先注册。
msg-payload-too-large = 请求体大小超出上限：{ $limit } 字节。
msg-missing-credential = 请求缺少必需的身份验证凭据。
msg-user-not-authorized = 用户无权执行此操作。
msg-field-not-specified = * { $path }：未指定 { $field }。
msg-unregistered-callers = 该方法不允许未注册的调用方（没有确定身份的调用方）调用。
msg-use-api-key-identity = 请使用 API 密钥或其他形式的 API 调用方身份来调用此 API。
msg-billing-required = 此 API 方法要求启用结算。
msg-enable-billing-visiting = 请访问 { $url } 为项目 { $project } 启用结算，然后重试。
msg-billing-account-not-found = 找不到项目“{ $project }”的结算账号。
msg-billing-must-be-enabled = 必须启用结算才能激活服务“{ $service }”。
msg-input-token-count = 输入 Token 数（{ $count }）超出允许的最大 Token 数（{ $max }）。
msg-referer-blocked = 来自引荐来源 { $referer } 的请求已被阻止。
msg-client-app-blocked = 来自此客户端应用 { $app } 的请求已被阻止。
msg-ip-blocked = 来自此 IP 地址的请求已被阻止。
msg-api-blocked = 对此 API { $method } 的方法 { $rpc } 的请求已被阻止。
msg-api-key-provided-expired = 提供的 API 密钥已过期。
msg-api-key-not-found = 找不到 API 密钥。
msg-free-tier-country = 您所在的国家/地区无法使用 Gemini API 免费层级。
msg-enable-billing-ai-studio = 请在 Google AI Studio 中为项目启用结算。
msg-prepay-depleted = 您的预付费额度已用尽。
msg-manage-billing-ai-studio = 请前往 AI Studio（{ $url }）管理项目和结算。
msg-resource-exhausted-comma = 资源已耗尽，请稍后重试。
msg-too-many-requests = 请求过多。
msg-exceeded-pt = 已超出预配吞吐量。
msg-tuned-model-no-access = 您无权访问调优模型 { $model }。
msg-permission-denied-resource = 对资源 { $resource } 的权限被拒绝。
msg-consumer-suspended = 调用方“{ $consumer }”已被暂停。
msg-daily-quota-model = 您已用完此模型的每日配额。
msg-precondition-failed = 前提条件检查未通过。
msg-multiple-credentials = 收到了多个身份验证凭据。
msg-provide-only-one = 请只提供一个。
msg-service-account-restricted = Gemini API 限制服务账号访问。
msg-use-authorization-keys = 请改用 API 密钥。
msg-bad-request = 请求无效。
msg-forbidden = 禁止访问。
msg-not-found = 未找到。
msg-backend-error = 后端错误。
msg-internal-error-word = 内部错误。

# OpenAI 及沿用其消息格式的 API。
msg-openai-rate-limit-reached = 组织 { $org } 的 { $model } 已达到速率限制（{ $dimension } per { $window }）：上限 { $limit }，已用 { $used }，本次请求 { $requested }。
msg-openai-try-again-in = 请在 { $delay } 后重试。
msg-openai-visit-to-learn-more = 详情请访问 { $url }。
msg-openai-context-length = 该模型的最大上下文长度为 { $limit } 个 Token，但您的消息共有 { $requested } 个 Token。
msg-openai-reduce-length = 请缩短消息长度。
msg-openai-model-not-found = 模型 `{ $model }` 不存在，或您无权访问。
msg-openai-incorrect-key = 提供的 API 密钥不正确：{ $key }。

# Anthropic。
msg-anthropic-overloaded = 服务过载
msg-anthropic-credit-too-low = 您的余额不足，无法访问 Anthropic API。
msg-anthropic-prompt-too-long = 提示词过长：{ $requested } 个 Token，超过上限 { $limit }

# Amazon Bedrock。
msg-bedrock-too-many = { $what ->
    [tokens] Token 数过多，请稍候再试。
   *[other] 请求过多，请稍候再试。
  }
msg-bedrock-input-too-long = 输入超出了所请求模型的长度上限。

# Azure OpenAI。
msg-azure-retry-after = 请在 { $seconds } 秒后重试。

# Azure OpenAI 部署。
msg-azure-operation-rate-limit = 对 Azure OpenAI API 版本 { $version } 下 { $operation } 操作的请求已超出您当前 { $tier } 定价层级的{ $kind ->
    [token] Token 速率限制
   *[other] 调用速率限制
  }。
msg-azure-go-here = 如需进一步提高默认速率限制，请前往：{ $url }
msg-azure-deployment-missing = 此资源的 API 部署不存在。
msg-azure-deployment-wait = 如果您在最近 { $minutes } 分钟内创建了该部署，请稍候再试。

# DeepSeek、Mistral、Cohere、OpenRouter、xAI。
msg-deepseek-insufficient-balance = 余额不足
msg-deepseek-auth-fails = 身份验证失败，您的 API 密钥 { $key } 无效
msg-unauthorized = 未授权
msg-cohere-trial-key = 您使用的是试用密钥，上限为{ $window ->
    [month] 每月
   *[other] 每分钟
  } { $limit } 次 API 调用。
msg-cohere-upgrade = 您可以继续免费使用试用密钥，或在 '{ $url }' 升级为速率限制更高的生产密钥。
msg-cohere-contact = 如有任何问题，请通过 '{ $chat }' 或发送邮件至 { $email } 联系我们
msg-openrouter-upstream-rate-limited = { $model } 在上游暂时受到速率限制。
msg-openrouter-retry-or-own-key = 请稍后重试，或添加您自己的密钥以累积速率限制：{ $url }
msg-openrouter-more-credits = 此请求需要更多额度，或更小的 max_tokens。
msg-openrouter-can-afford = 您请求了最多 { $requested } 个 Token，但余额仅够 { $afford } 个。
msg-openrouter-to-increase = 如需提高额度，请访问 { $url } 并升级为付费账号
msg-xai-obtain-key = 您可以在 { $url } 获取 API 密钥。
msg-xai-credits-used = 您的团队 { $team } 已用完所有可用额度，或已达到每月支出上限。
msg-xai-buy-credits = 如需继续发送 API 请求，请购买更多额度或提高支出上限。
