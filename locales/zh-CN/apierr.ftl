### apierr：简体中文（zh-CN）。
### 每个 id 都必须同时存在于 locales/en-US/apierr.ftl（有测试双向检查）。
### 来自输入的值（$model、$limit、$quota_id 等）按字符串原样显示，不要翻译。
### 术语见 shared/glossary-zh.md：配额、速率限制、免费层级、结算、API 密钥、重置……

## 报告版式

section-translation = 错误翻译
section-message = 错误消息
section-cause = 原因分析
section-fix-now = 立即解决
section-fix-for-good = 长期解决
section-prevention = 预防措施
section-wait = 建议等待时间
section-details = 详细信息
section-learn-more = 了解更多
section-see-also = 另请参阅
explain-http = HTTP { $http } 对应 { $status }（gRPC 代码 { $number }）；“另请参阅”中列出的是更具体的情形。
policy-server-delay = 按服务器给出的重试等待时间（RetryInfo，或错误消息中的“Please retry in”）等待后重试；如果服务器没有给出，等待约 { $duration }。
policy-reset = 等到配额在太平洋时间 00:00 重置；服务器给出的重试等待时间对它无效。
policy-server-delay-only = 按服务器告知的配额重置时间等待；如果服务器没有给出时间，重试无济于事。

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
detail-reason-domain = { $reason }（{ $domain }）
detail-metadata = 元数据
detail-retry-hint = 重试提示
detail-retry-info = RetryInfo
detail-retry-message = 错误消息
detail-retry-header = Retry-After 响应头
detail-retry-body = 错误响应体
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
value-unknown-service = 该 API
value-unknown-service_title = 该 API
value-unknown-activation_url = Google Cloud 控制台中该 API 的页面（“API 和服务”）
value-unknown-consumer = （未说明）
value-unknown-project = （未说明）
value-unknown-permission = 所需权限
value-unknown-resource = 该资源
value-unknown-method = 该方法
value-unknown-email = 该账号
value-unknown-location = 该区域
value-unknown-uid = （未提供）
value-unknown-validation_link = 错误中给出的链接
value-unknown-policy = 该组织政策
value-unknown-version = 该 API 版本
value-unknown-token_count = 更多
value-unknown-token_max = 模型的上限
value-unknown-byte_limit = 未说明
value-unknown-tuned_model = 该调优模型
value-unknown-checked_value = 被检查的值
value-unknown-parameter = 该参数
value-unknown-cookie = 会话 Cookie
value-unknown-reset_at = 服务器给出的时间
value-unknown-extended_help = 该 API 的文档
value-unknown-legacy_location = 请求
quota-item = { $id }（上限 { $limit }）
list-pair = { $a }、{ $b }
cause-several = 同时超出了多项上限：{ $list }。决定需要等待多久的是 { $binding }。

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
link-gemini-api-key = Gemini API 密钥
link-gemini-regions = Gemini API 可用的地区
link-gemini-models = Gemini 模型及其 ID
link-gemini-tokens = 计算 Token 数
link-gemini-files = 用于大文件输入的 Files API
link-gemini-oauth = 调优模型的 OAuth 身份验证
link-vertex-429 = Vertex AI：错误代码 429
link-vertex-quotas = Vertex AI 生成式 AI 配额
link-vertex-dsq = Vertex AI 动态共享配额
link-vertex-pt = Vertex AI 预配吞吐量
link-enable-api = 启用和停用 API
link-cloud-billing = 为项目启用、停用或更改结算
link-api-keys = 管理和限制 API 密钥
link-adc = 应用默认凭据（ADC）
link-oauth-scopes = Google API 的 OAuth 2.0 范围
link-iam-troubleshooting = IAM 访问权限问题排查
link-vpc-sc = VPC Service Controls 问题排查
link-org-policy = 组织政策
link-suspension = 项目暂停指南
link-legacy-errors = 旧版 Google API 的错误（YouTube Data API 参考）
link-code-assist-quota = Gemini Code Assist 配额和限制

## 命令行

help-about = 解释日志或粘贴文本中的 API 错误。
help-files = 要读取的日志文件；`-` 或不指定时读取标准输入。
help-text = 解释这段文本，而不是读取文件。
help-format = 输出格式。
help-color = 何时使用颜色。
help-lang = 输出语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES、LANG）。
help-now = 以这个 RFC 3339 时间作为计算等待和重置时间的“当前时间”。
help-fail = 只要发现 API 错误，就以状态码 1 退出。
help-explain = 在没有具体错误的情况下解释某个代码、状态或原因（类似 rustc --explain）：429、RESOURCE_EXHAUSTED、ResourceExhausted、API_KEY_INVALID、rateLimitExceeded，或 `apierr list` 列出的 ID。
help-explain-query = HTTP 状态码、gRPC 代码或名称、ErrorInfo 原因或旧版原因，或知识库 ID。
help-list = 列出 apierr 能识别的全部代码、原因和情形及其 ID。
error-unknown-code = 未知的代码或原因“{ $query }”；运行 `apierr list` 查看 apierr 能识别的内容

error-prefix = apierr
error-not-found = { $path }：文件或目录不存在，请检查路径
error-is-dir = { $path }：这是一个目录，请传入其中的日志文件
error-permission = { $path }：权限被拒绝，请检查文件权限
error-read = { $path }：无法读取：{ $reason }
error-bad-now = --now 的值“{ $value }”无效：请使用 RFC 3339 时间，例如 2025-12-10T04:17:00Z
error-write = 无法写入输出：{ $reason }

## CI 格式

gh-report-group = apierr：完整报告
gh-also = 另外还出现 { $count } 次：{ $places }
gh-more = 还有 { $count } 种 API 错误没有标注（GitHub 每个步骤每个级别最多保留 10 条）；完整报告见日志。
md-heading = apierr：共 { $total } 处 API 错误（{ $distinct } 种不同错误）
md-none = apierr 未发现 API 错误。
md-col-error = 错误
md-col-where = 位置
md-col-wait = 等待
md-col-retry = 重试有效
md-yes = 是
md-no = 否
md-wait-never = 否：先修复
md-wait-backoff = 从 { $duration } 开始退避
md-wait-reset = { $duration }（每日重置）
md-cut = （报告在此截断：作业摘要最多 1 MiB，完整报告见日志。）
error-summary = { $path }：无法写入作业摘要：{ $reason }

## apierr run

help-run = 运行一条命令，原样转发它的输出，并在它结束时报告其中的 API 错误；加上 --retry 时，按服务器的要求重新运行。
help-run-cmd = 要运行的命令及其参数，写在 -- 之后。
help-retry = 命令因可通过重试解决的错误而失败时，最多再运行 N 次。
help-max-wait = 各次尝试之间总共最多等待多久（90s、5m、1h）。
help-report = 把报告写入此文件，而不是标准错误输出。
run-retry = 第 { $attempt } 次尝试（共 { $total } 次）失败：{ $headline }，{ $title }。{ $duration }后重试（{ $why }）。
run-why-server = 服务器给出的重试等待时间
run-why-backoff = 带随机抖动的指数退避
run-no-api-error = 命令失败（退出状态 { $status }），但其中没有 apierr 能识别的 API 错误，不再重试。
run-no-retry-fix = 不再重试：{ $headline }（{ $title }）在修复原因之前不可能成功。
run-no-retry-daily = 不再重试：{ $headline } 是每日配额，将在太平洋时间 00:00 重置，即 { $remaining }后（{ $local }）。
run-no-retry-budget = 不再重试：需要等待 { $duration }，超过了 --max-wait 剩余的时间（{ $left }）。
run-gave-up = 已尝试 { $attempts } 次，放弃。
error-spawn = 无法运行 { $cmd }：{ $reason }
error-report = { $path }：无法写入报告：{ $reason }

## 交互式粘贴（标准输入是终端）

paste-hint = 请粘贴 API 错误信息或其前后的日志，粘贴结束后立即给出解释。
paste-hint-keys = 手动输入时，以空行或 Ctrl-D 结束；按 Ctrl-C 或在空行上按 Ctrl-D 退出。
paste-received = 已读取 { $lines } 行。
paste-none = 这段文本中没有找到 API 错误。apierr 能识别 Google API（Gemini、Vertex AI、Google Cloud）以及 OpenAI、Azure OpenAI、Anthropic、Amazon Bedrock 和 OpenAI 兼容 API 的错误，包括 JSON、Python 字典，以及各客户端库打印的错误行。请粘贴完整的错误信息，连同前后几行日志。
paste-source = 粘贴内容
