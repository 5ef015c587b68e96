### apierr：简体中文（zh-CN）。
### 每个 id 都必须同时存在于 locales/en-US/apierr.ftl（有测试双向检查）。
### 来自输入的值（$model、$limit、$quota_id 等）按字符串原样显示，不要翻译。
### 术语见 shared/glossary-zh.md：配额、速率限制、免费层级、结算、API 密钥、重置……

## 报告版式

section-translation = 错误翻译
section-cause = 原因分析
section-fix-now = 立即解决
section-fix-for-good = 长期解决
section-prevention = 预防措施
section-wait = 建议等待时间
section-details = 详细信息
section-learn-more = 了解更多

line-original = 原文：{ $text }
line-translated = 译文：{ $text }
line-untranslated = 译文：（暂无译文，按原文显示）

source-stdin = 标准输入
headline-cut = 已截断
product-gemini-api = Gemini API
product-vertex-ai = Vertex AI
product-code-assist = Gemini Code Assist
product-google-cloud = Google Cloud

also-at = { $location } 处还有同一错误，详见“{ $first }”。
also-at-cut = { $location } 处还有同一错误（已截断），详见“{ $first }”。
summary-count = 共发现 { $total } 处 API 错误（{ $distinct } 种不同错误）。
no-errors = 未发现 API 错误。

## 详细信息中的标签

detail-metric = 指标
detail-quota-id = 配额 ID
detail-limit = 上限
detail-dimensions = 维度
detail-service = 服务
detail-reason = 原因代码
detail-metadata = 元数据
detail-retry-hint = 重试提示
detail-retry-info = RetryInfo
detail-retry-message = 错误消息
detail-field = 字段
detail-precondition = 前提条件
detail-resource = 资源
detail-request-id = 请求 ID
detail-debug = 调试信息
detail-localized = 本地化消息
detail-legacy = 旧版错误项
detail-other = 其他详情
detail-truncated = 输入中的错误内容已截断，截断之后的信息缺失。
retry-hint-item = { $delay }（{ $source }）
retry-hint-pair = { $first }，{ $second }
link-line = { $label }：{ $url }

## 错误中未给出的值

value-unknown-model = 该模型
value-unknown = 未知

## 时长与时间

duration-seconds = { $s } 秒
duration-minutes = { $m } 分钟 { $s } 秒
duration-minutes-only = { $m } 分钟
duration-hours = { $h } 小时 { $m } 分钟
duration-hours-only = { $h } 小时
duration-days = { $d } 天 { $h } 小时
local-time =
    { $zone_kind ->
        [beijing] 北京时间 { $time }
       *[other] 您所在时区 { $zone } 的 { $time }
    }

## 建议等待时间

wait-never = 在修复上述原因之前，重试无济于事，等待也不会改变结果。
wait-server = 等待 { $duration }（服务器给出的重试等待时间）后重试。
wait-default = 等待约 { $duration } 后重试。
wait-backoff-server = 采用带随机抖动的指数退避重试，首次等待 { $duration }（服务器给出的重试等待时间），重试几次仍失败就停止。
wait-backoff = 采用带随机抖动的指数退避重试，首次等待 { $duration }，重试几次仍失败就停止。
wait-reset-hint = 不是 { $hint }：服务器给出的重试等待时间对每日配额无效。该配额将在太平洋时间 00:00 重置，即 { $remaining }后（{ $local }）。
wait-reset = 该配额将在太平洋时间 00:00 重置，即 { $remaining }后（{ $local }）。

## 知识库附加的链接

link-gemini-rate-limits = Gemini API 速率限制与层级
link-ai-studio-usage = 在 AI Studio 中查看用量和上限
link-gemini-billing = Gemini API 结算
link-gemini-troubleshooting = Gemini API 问题排查
link-cloud-quotas = 查看和管理 Google Cloud 配额
link-cloud-api-errors = Google API 错误模型
link-retry-strategy = 指数退避重试策略

## 命令行

help-about = 解释日志或粘贴文本中的 API 错误。
help-files = 要读取的日志文件；`-` 或不指定时读取标准输入。
help-text = 解释这段文本，而不是读取文件。
help-format = 输出格式。
help-color = 何时使用颜色。
help-lang = 输出语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES、LANG）。
help-now = 以这个 RFC 3339 时间作为计算等待和重置时间的“当前时间”。
help-fail = 只要发现 API 错误，就以状态码 1 退出。

error-prefix = apierr
error-not-found = { $path }：文件或目录不存在，请检查路径
error-is-dir = { $path }：这是一个目录，请传入其中的日志文件
error-permission = { $path }：权限被拒绝，请检查文件权限
error-read = { $path }：无法读取：{ $reason }
error-bad-now = --now 的值“{ $value }”无效：请使用 RFC 3339 时间，例如 2025-12-10T04:17:00Z
error-write = 无法写入输出：{ $reason }

## 诊断。id 为 `diag-` 加规则 id（点换成连字符，见 src/diagnose/rules.rs）。
## 属性：.cause、.fix-now、.fix-for-good、.prevention；.fix-now 和 .fix-for-good 每行是一个编号步骤。

diag-quota-limit-zero = { $model } 在当前层级没有配额（上限为 0）
    .cause = 该项目中 { $model } 的配额 { $quota_id } 上限为 0：项目所在层级根本没有这个模型的配额（部分模型不向免费层级项目提供配额）。这不是临时限制，等待永远无济于事。
    .fix-now =
        改用当前层级有配额的模型（速率限制页面列出了各模型的配额）。
        或为项目启用结算，获得 { $model } 的付费层级配额。
    .fix-for-good =
        如需使用这个模型，为项目关联结算账号（层级 1）。
        选用模型前，先确认它在您所在层级的上限。
    .prevention = 部署前在 AI Studio 中确认模型在当前层级的上限，并配置好备用模型。

diag-quota-free-tier-per-day = 免费层级每日请求配额已用尽（{ $model } 每天 { $limit } 次请求）
    .cause = 该项目今天已用完免费层级为 { $model } 提供的全部每日 { $limit } 次请求（配额 { $quota_id }）。配额按项目和模型计算，而不是按 API 密钥计算，因此在同一项目中新建密钥无济于事。错误中的重试等待时间有误导性：这项配额要到太平洋时间午夜才会恢复，而不是几秒之后。
    .fix-now =
        改用今天仍有免费配额的其他模型（配额按模型分别计算）。
        或等待每日重置（见“建议等待时间”）。
    .fix-for-good =
        为项目关联结算账号（层级 1），以获得高得多的上限。
        在 https://ai.dev/usage?tab=rate-limit 查看用量。
    .prevention = 在客户端统计每天的请求数，在达到上限前停止；缓存结果；把多个提示合并到一次请求中。

diag-quota-per-day = 每日配额已用尽（{ $quota_id }，上限 { $limit }）
    .cause = 该项目中 { $model } 已达到每日上限（{ $quota_id }，上限 { $limit }）。无论服务器建议等待多久，在配额于太平洋时间午夜重置之前，重试都会失败。
    .fix-now =
        等待每日重置（见“建议等待时间”），或把剩余工作转到其他模型。
    .fix-for-good =
        申请提高每日上限，或把项目升级到更高的用量层级。
    .prevention = 在客户端跟踪每日用量；把大型任务分摊到多天，或使用批处理。

diag-quota-free-tier-per-minute = 已达到免费层级每分钟上限（{ $model } 每分钟 { $limit }）
    .cause = 该项目每分钟发给 { $model } 的请求超出了免费层级的上限（配额 { $quota_id }，上限 { $limit }）。每分钟配额很快就会恢复，所以这里按服务器给出的重试等待时间等待即可。
    .fix-now =
        按建议时间等待后重试。
        放慢速度：让任意一分钟内的请求不超过 { $limit } 次。
    .fix-for-good =
        在客户端加上低于上限的速率限制（例如令牌桶）。
        关联结算账号，获得更高的每分钟上限。
    .prevention = 用队列平滑请求，不要集中突发；重试时采用指数退避，并遵循服务器给出的等待时间。

diag-quota-per-minute = 已达到每分钟配额（{ $quota_id }，上限 { $limit }）
    .cause = 该项目中 { $model } 超出了每分钟上限（{ $quota_id }，上限 { $limit }），一分钟内就会恢复。
    .fix-now =
        按建议时间等待，再以指数退避重试。
        降低请求频率（如果是 Token 上限，则减少每次请求的 Token 数）。
    .fix-for-good =
        为 { $quota_id } 申请更高的上限（Google Cloud 控制台的“配额”页面），或升级到更高的用量层级。
    .prevention = 在客户端把请求速率控制在上限以下，并把批量任务分散到不同时间段。

diag-code-ok = 不是错误（OK）
    .cause = 状态 OK 表示调用成功。
    .fix-now = 无需处理。
    .fix-for-good = 无需处理。
    .prevention = 无需处理。

diag-code-cancelled = 请求已取消（CANCELLED）
    .cause = 操作被取消，通常是调用方所为：客户端在服务器完成之前关闭了连接，或客户端超时先到了。
    .fix-now =
        检查是否是您的代码、代理或进程退出取消了请求（客户端超时、用户中止）。
        如果并非有意取消，调大客户端超时后重新发送请求。
    .fix-for-good =
        把客户端和代理的超时设得比最长的预期响应时间更长；长提示和大量输出可能需要几分钟。
    .prevention = 对长响应使用流式输出，并让客户端、代理和负载均衡器的超时保持一致。

diag-code-unknown = 未知的服务器错误（UNKNOWN）
    .cause = 服务器出错，但无法归类，通常是后端或依赖服务的临时故障。
    .fix-now =
        以带随机抖动的指数退避重试，最多几次。
        如果同一请求一直失败，缩短或简化请求，找出触发问题的部分。
    .fix-for-good =
        如果能稳定复现，向 Google 报告，并附上请求 ID 和发生时间。
    .prevention = 调用时使用有次数上限的退避重试，并记录请求 ID。

diag-code-invalid-argument = 请求无效（INVALID_ARGUMENT）
    .cause = 请求本身有误：某个字段格式不对、超出范围，或不受该模型或 API 版本支持，也可能是 API 密钥无效。原样重发只会得到同样的错误。
    .fix-now =
        阅读错误消息和下方的字段详情，它们会指出出错的字段。
        对照 API 参考检查参数名和取值范围，并确认该模型在这个 API 版本（v1 或 v1beta）中支持所用功能。
    .fix-for-good =
        发送前先校验请求，并固定您测试过的 SDK 和 API 版本。
    .prevention = 添加会构造真实请求的测试，升级 SDK 时有计划地进行。

diag-code-deadline-exceeded = 请求超时（DEADLINE_EXCEEDED）
    .cause = 请求未能在截止时间前完成：提示或上下文太大，无法及时处理，或者客户端设置的截止时间太短。操作可能已经完成，也可能没有。
    .fix-now =
        调大客户端超时（截止时间）后重新发送请求。
        缩短提示或上下文，或减少要求的输出量。
    .fix-for-good =
        对长文本生成使用流式输出，拆分大型任务，离线工作改用批处理。
    .prevention = 测量响应时间，留出余量设置截止时间；写操作要做到幂等，因为超时的调用可能已经完成。

diag-code-not-found = 未找到（NOT_FOUND）
    .cause = 请求中指定的对象不存在，或调用方无权看到：已下线或拼错的模型 ID、文件、调优模型、项目或区域。
    .fix-now =
        检查请求中的名称：模型 ID、API 版本、区域、项目。
        如果是模型，列出可用模型（ListModels 或模型页面），改用当前有效的 ID。
    .fix-for-good =
        把模型 ID 放在配置中而不是写死在代码里，并关注模型的弃用时间表。
    .prevention = 部署后监控 404 错误，并固定使用测试过的模型版本。

diag-code-already-exists = 已存在（ALREADY_EXISTS）
    .cause = 请求试图创建一个已经存在的对象。
    .fix-now =
        使用已有的资源，或换一个名称创建新资源。
        如果这是对一次实际已成功的创建请求的重试，按成功处理即可。
    .fix-for-good =
        让创建操作幂等：先查后建，或由客户端指定 ID。
    .prevention = 把 409 当作创建操作的正常结果来处理。

diag-code-permission-denied = 权限被拒绝（PERMISSION_DENIED）
    .cause = 调用方已通过身份验证，但无权执行此操作：API 密钥或账号缺少权限、项目未启用该 API，或某项限制（密钥限制、组织政策）阻止了请求。
    .fix-now =
        确认密钥或凭据属于您预期的项目。
        查看下方的原因代码和元数据，它们会指出涉及的服务、权限或限制。
        启用该 API 或授予缺少的角色，然后重试。
    .fix-for-good =
        为每个服务使用各自的凭据，只授予所需的最小角色，并记录每个密钥属于哪个项目。
    .prevention = 在启动检查中验证权限；不要把密钥写进代码，并定期轮换。

diag-code-resource-exhausted = 超出配额或速率限制（RESOURCE_EXHAUSTED）
    .cause = 超出了某项配额或速率限制，或者服务暂时没有足够的容量处理该请求。错误中没有说明是哪项限制：每分钟限制一分钟内恢复，每日限制在每日重置时恢复，容量不足则会自行缓解。
    .fix-now =
        稍等片刻，再以带随机抖动的指数退避重试。
        降低请求频率，或减少每次请求的 Token 数。
    .fix-for-good =
        查看项目的配额和用量，申请更高的上限或升级层级。
    .prevention = 在客户端把请求速率控制在上限以下，并把批量任务分散到不同时间段。

diag-code-failed-precondition = 系统状态不满足请求条件（FAILED_PRECONDITION）
    .cause = 请求本身有效，但系统当前的状态不允许执行：例如未启用结算、所在地区不支持该 API，或资源尚未就绪。在状态改变之前，重试都会失败。
    .fix-now =
        阅读错误消息，其中会说明哪个前提条件不满足。
        修复该状态（启用结算、更换区域、等待资源就绪）后再重试。
    .fix-for-good =
        在设置项目时就检查这些前提条件（结算、区域、资源状态），而不是等调用失败时才发现。
    .prevention = 监控项目的结算和资源状态。

diag-code-aborted = 因冲突而中止（ABORTED）
    .cause = 操作被中止，通常是并发冲突所致：事务冲突，或同一资源被并发修改。
    .fix-now =
        以指数退避重试整个“读取—修改—写入”流程，而不只是失败的那一次调用。
    .fix-for-good =
        减少对热点资源的争用，并使用乐观并发控制（etag）。
    .prevention = 让事务尽量短小。

diag-code-out-of-range = 超出范围（OUT_OF_RANGE）
    .cause = 请求的位置超出了有效范围，例如偏移量超过了文件末尾，或页码超过了最后一页。
    .fix-now =
        对照资源的实际大小检查范围参数。
    .fix-for-good =
        以服务器报告的结尾为准停止遍历，而不是自己计算偏移量。
    .prevention = 在确实表示遍历结束的场景下，把 OUT_OF_RANGE 当作结束信号处理。

diag-code-unimplemented = 不支持（UNIMPLEMENTED）
    .cause = 该 API、版本、模型或区域没有实现此方法、功能或参数。
    .fix-now =
        确认您调用的 API 版本中存在该方法，并且模型支持它。
        改用受支持的替代方案（其他模型、API 版本或区域）。
    .fix-for-good =
        依赖预览功能之前，先关注 API 的版本说明。
    .prevention = 针对每个要部署的模型测试所用功能。

diag-code-internal = 服务器内部错误（INTERNAL）
    .cause = Google 服务内部出错。对 Gemini 来说，输入上下文过长也可能导致此错误。
    .fix-now =
        以带随机抖动的指数退避重试。
        如果持续出现，缩短输入上下文，或暂时改用其他模型。
    .fix-for-good =
        如果能稳定复现，向 Google 报告，并附上请求 ID。
    .prevention = 使用有次数上限的重试，并让上下文长度远低于模型的最大值。

diag-code-unavailable = 服务不可用或过载（UNAVAILABLE）
    .cause = 服务暂时不可用或过载（Gemini 会提示“The model is overloaded”）。这是服务器端的临时问题，与您的配额无关。
    .fix-now =
        以带随机抖动的指数退避重试，首次等待约 1 秒。
        如果持续出现，暂时改用其他模型或区域。
    .fix-for-good =
        让调用具备容错能力：有次数上限的重试、备用模型和熔断机制。
    .prevention = 避免流量突增；在 Vertex AI 上，关键业务可考虑预配吞吐量。

diag-code-data-loss = 数据丢失（DATA_LOSS）
    .cause = 服务报告了无法恢复的数据丢失或损坏。
    .fix-now =
        先停下来排查，再决定是否重试；检查已经写入了哪些内容。
        联系 Google 支持，并提供请求 ID。
    .fix-for-good =
        为上传的数据保留备份，并校验校验和。
    .prevention = 端到端校验数据完整性。

diag-code-unauthenticated = 未通过身份验证（UNAUTHENTICATED）
    .cause = 请求没有有效的凭据：访问令牌缺失、已过期或格式错误，或者发送了错误类型的凭据。
    .fix-now =
        刷新凭据（例如运行 `gcloud auth application-default login`，或重新获取访问令牌）。
        确认请求中确实带上了 Authorization 标头或 API 密钥。
    .fix-for-good =
        使用能自动刷新令牌的客户端库；服务器端使用服务账号。
    .prevention = 不要把令牌写死在代码里，它们一小时内就会过期。

diag-http-other = HTTP 错误 { $code }
    .cause = 服务器返回了 HTTP { $code }，它不对应任何 Google 标准状态码。
    .fix-now =
        阅读错误消息，了解服务器拒绝请求的原因。
    .fix-for-good =
        在 API 参考中查找这个状态码的含义。
    .prevention = 对失败的调用记录完整的响应体。

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
