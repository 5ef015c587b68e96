### apierr 知识库：简体中文（zh-CN）。src/diagnose/rules.rs 中每条规则的文字。
### 这里的每个 id 都必须同时存在于 locales/en-US/knowledge.ftl。
### id 为 `diag-` 加规则 id（点换成连字符）。属性：.cause、.fix-now、.fix-for-good、
### .prevention；.fix-now 和 .fix-for-good 的每一行是一个编号步骤。
### 变量：$model $limit $quota_id $metric $code $status $reason $delay，以及
### src/diagnose/facts.rs 中的事实（$service $service_title $activation_url $project $consumer $permission
### $resource $method $email $location $uid $validation_link $policy $version $token_count
### $token_max $byte_limit $tuned_model）。错误中没有给出的值，各有一个占位文字。

## Gemini CLI 和 Gemini Code Assist（域 cloudcode-pa.googleapis.com）

diag-codeassist-validation-required = 您的 Google 账号需要先完成验证（VALIDATION_REQUIRED）
    .cause = 账号完成验证之前，Gemini Code Assist（即 Gemini CLI 中“Login with Google”登录方式所用的服务）会拒绝请求。请求和配额本身都没有问题。
    .fix-now =
        在浏览器中登录同一个 Google 账号，打开以下链接完成验证：{ $validation_link }
        然后重新运行命令。
    .fix-for-good =
        如果账号无法验证（例如受管理的 Workspace 账号），用 /auth 把 Gemini CLI 切换为 API 密钥或 Vertex AI。
    .prevention = 新账号先完成验证，再用于脚本或 CI。

diag-codeassist-model-capacity = { $model } 当前容量不足（不是您的配额问题）
    .cause = 服务目前没有余下的容量处理 { $model } 的请求。这是所有用户共享的 Google 容量；您自己的配额并未用完，问题也不在您的项目。
    .fix-now =
        稍等片刻，再以退避方式重试。
        或改用其他模型（在 Gemini CLI 中使用 /model），通常选 Flash 模型。
    .fix-for-good =
        为高峰时段配置备用模型；或使用已启用结算的 API 密钥（或 Vertex AI），获得付费的容量。
    .prevention = 无人值守的任务不要只依赖单个预览版模型。

diag-codeassist-g1-credits = Google One AI 积分不足，无法使用 { $model }（INSUFFICIENT_G1_CREDITS_BALANCE）
    .cause = 对 { $model } 的请求需要消耗 Google One AI 积分，而账号余额不足。补充积分之前，重试无济于事。
    .fix-now =
        查看您所登录 Google 账号的积分余额，补充积分，或等待套餐下一次发放额度。
        或改用 API 密钥（在 Gemini CLI 中使用 /auth）。
    .fix-for-good =
        选择额度与用量相匹配的套餐；用量大的工作改用已启用结算的 API 密钥。
    .prevention = 长时间会话之前先查看余额。

diag-codeassist-quota-exhausted = { $model } 的 Gemini Code Assist 配额已用尽（QUOTA_EXHAUSTED）
    .cause = 该账号已用完 { $model } 的 Gemini Code Assist 额度。这项上限按天计算，但采用滚动窗口，而不是从午夜开始计；服务器告知的重置时间是 { $reset_at }。在此之前重试都会失败。
    .fix-now =
        改用仍有额度的其他模型（在 Gemini CLI 中使用 /model）。
        或用 /auth 切换为 API 密钥或 Vertex AI。
        或者等到 { $reset_at }（见“建议等待时间”）。
    .fix-for-good =
        升级到额度更高的套餐（Google AI Pro 或 Ultra，或 Code Assist Standard 或 Enterprise 许可），或改用已启用结算的 API 密钥。
    .prevention = 精简提示和上下文，让每个任务少用几次请求；长时间会话中用 /stats model 查看用量。

diag-codeassist-rate-limit = { $model } 触发 Gemini Code Assist 速率限制：请等待 { $delay }
    .cause = 该账号在短时间内向 { $model } 发送的请求过多。服务器要求等待 { $delay }，之后请求即可成功。
    .fix-now =
        等待 { $delay } 后重试。
    .fix-for-good =
        减少同一账号上并行运行的 Gemini CLI 会话或智能体。
    .prevention = 让客户端按服务器的要求退避，不要立即重试。

diag-codeassist-rate-limit-long = 已达到 { $model } 的 Gemini Code Assist 上限，短时间内无法重试
    .cause = 该账号触及了 { $model } 的某项 Gemini Code Assist 上限，而服务器没有给出短暂的等待时间：要么要求等待 { $delay }（在 { $reset_at } 重置），要么根本没有给出等待时间。应将其视为额度已用尽，而不是短暂的限流。
    .fix-now =
        改用其他模型（在 Gemini CLI 中使用 /model），或用 /auth 切换为 API 密钥或 Vertex AI。
        或者稍后再来。
    .fix-for-good =
        改用上限更高的套餐或结算方案。
    .prevention = 把繁重的工作分散到不同时段；在服务条款允许的前提下，也可以分散到多个账号。

## 错误消息点明了具体情况的 Gemini API 错误

diag-gemini-api-key-leaked = 此 API 密钥被报告已泄露，已遭封禁
    .cause = Google 在公开场所（代码仓库、网页）发现了这个密钥，并将其封禁。它再也无法使用，而且发现它的人可能已经用掉了您的配额。
    .fix-now =
        在 Google AI Studio（或 Cloud 控制台）中创建新密钥，并改用新密钥。
        删除泄露的密钥，这样无论它处于什么状态，都没有人能再使用它。
    .fix-for-good =
        把密钥保存在密钥管理工具或环境变量中，切勿写进代码或 Notebook。
        查明密钥在哪里被公开，并把它从历史记录中一并清除。
    .prevention = 扫描提交中的密钥（使用 pre-commit 钩子或代码托管平台的密钥扫描功能），并把每个密钥限制为只能调用它所需的 API。

diag-gemini-api-key-expired = API 密钥已过期
    .cause = 本次调用 { $service } 所用的密钥已过期；在续期或更换之前，使用它的请求都会失败。
    .fix-now =
        在 Google AI Studio（或 Cloud 控制台的“凭据”（Credentials）页面）中创建或续期密钥，并更新您的配置。
    .fix-for-good =
        记录各个密钥的过期日期，在过期前轮换。
    .prevention = 把密钥集中存放，改一处就能更新所有用到它的服务。

diag-gemini-location-not-supported = 此请求的来源地区无法使用 Gemini API
    .cause = 请求是从不提供 Gemini API（至少不提供其免费层级）的国家或地区到达 Google 的。起决定作用的是请求的出口位置：由 VPN、代理、Cloudflare Worker 或云区域决定，而不是您本人所在的位置。
    .fix-now =
        从受支持的地区发送请求（检查流量所经过的 VPN、代理或云区域）。
        或在 Google AI Studio 中为项目启用结算：在部分地区，只是免费层级不可用。
    .fix-for-good =
        在受支持的地区运行发起调用的服务，或在受支持的 Google Cloud 区域中使用 Vertex AI。
    .prevention = 部署前查看可用地区列表，并固定出口所在地区。

diag-gemini-free-tier-country = 此请求的来源地区无法使用 Gemini API 免费层级
    .cause = Google 不在请求发出的国家或地区提供免费层级（决定因素是 VPN 或代理的出口位置，而不是您本人所在的位置），但付费层级可能可用。
    .fix-now =
        在 Google AI Studio 中为项目启用结算，然后重试。
    .fix-for-good =
        让项目保持在付费层级，或从提供免费层级的地区发起调用。
    .prevention = 依赖免费层级之前，先确认它在各地区的可用情况。

diag-gemini-model-not-found = 模型 { $model } 在 { $version } 中不存在，或不支持 { $method }
    .cause = 该模型 ID 已下线、拼写有误，或在这个 API 版本中不向您的项目提供；也可能是它不支持所调用的方法。gemini-pro、gemini-1.0-pro 等旧 ID 已停止服务。
    .fix-now =
        列出您的密钥可用的模型（ListModels 或模型页面），选择一个当前有效的 ID。
        检查 API 版本：预览功能和部分模型只在 v1beta 中提供。
        确认该模型支持 { $method }（例如，嵌入模型不能生成内容）。
    .fix-for-good =
        把模型 ID 放在配置中，并关注弃用时间表；或在有 -latest 别名时使用别名。
    .prevention = 更换模型后对 404 错误设置告警，并测试部署的每个模型 ID。

diag-gemini-tuned-model-permission = 无权访问 { $tuned_model }
    .cause = 调优模型归创建它的账号所有。此请求不是以该账号的身份授权的（API 密钥无法访问未经共享的调优模型），或者该模型已被删除。
    .fix-now =
        使用模型所有者的 OAuth 凭据调用该调优模型，或请所有者把它共享给您。
        确认该调优模型仍然存在。
    .fix-for-good =
        调用调优模型时使用 OAuth（而不是 API 密钥），并把模型 ID 放在配置中。
    .prevention = 把调优模型明确共享给使用它的服务账号。

diag-gemini-input-too-long = 输入超出了 { $model } 可接受的长度（{ $token_count } 个 Token，上限 { $token_max }）
    .cause = 提示连同历史记录、文件和系统指令的 Token 数超过了模型的上下文窗口。同样的请求每次都会失败。
    .fix-now =
        缩短输入：删掉较早的对话轮次、改用摘要，或只发送文件中的相关部分。
        或改用上下文窗口更大的模型。
    .fix-for-good =
        发送前先统计 Token 数（countTokens），对过长的输入进行裁剪或拆分。
    .prevention = 在客户端限制对话历史的长度和文件大小。

diag-request-too-large = 请求过大
    .cause = 请求体超过了 API 允许内嵌发送的大小（服务器给出的上限字节数：{ $byte_limit }）。以内嵌方式发送的大型图片、音频、视频或 PDF 会触发此限制。
    .fix-now =
        通过 Files API（Vertex AI 则用 Cloud Storage）上传大文件，在请求中发送文件引用而不是文件内容。
        或减小体积：压缩、降低分辨率或拆分输入。
    .fix-for-good =
        超过几 MB 的文件一律通过 Files API 传送。
    .prevention = 在客户端发送前检查请求体大小。

diag-gemini-prepay-depleted = 预付额度已用完
    .cause = 该结算账号使用预付额度付费，而额度已经用完；在充值之前，项目的所有密钥都无法使用。等待无济于事。
    .fix-now =
        在 Google AI Studio（项目结算）中充值，然后重试。
    .fix-for-good =
        开启自动充值，或把结算账号改为后付费。
    .prevention = 留意额度余额，在用完之前及时充值。

## 配额（429 RESOURCE_EXHAUSTED）。以起决定作用的那一项超限为准。

diag-quota-limit-zero = { $model } 在当前层级没有配额（上限为 0）
    .cause = 该项目中 { $model } 的配额 { $quota_id } 上限为 0：项目所在层级根本没有这个模型的配额（部分模型不向免费层级项目提供配额，例如 Pro 模型）。这不是临时限制，等待永远无济于事。如果您已经为 Gemini API 付费：指标中带有 free_tier，说明该密钥属于一个没有启用结算的项目。
    .fix-now =
        改用当前层级有配额的模型（速率限制页面列出了这些模型）。
        或为项目启用结算，获得 { $model } 的付费层级配额。
    .fix-for-good =
        如需使用这个模型，为项目关联结算账号（层级 1），并使用该项目的密钥。
        选用模型前，先确认它在您所在层级的上限。
    .prevention = 部署前在 AI Studio 中确认模型在当前层级的上限，并配置好备用模型。

diag-quota-free-tier-per-day = 免费层级每日请求配额已用尽（{ $model } 每天 { $limit } 次请求）
    .cause = 该项目已用完免费层级为 { $model } 提供的每天 { $limit } 次请求（配额 { $quota_id }）。配额按项目和模型计算，而不是按 API 密钥计算，因此在同一项目中新建密钥无济于事。错误中的重试等待时间有误导性：这项配额要到太平洋时间午夜才会恢复，而不是几秒之后。如果您认为自己已经为 Gemini API 付费：free_tier 指标说明该密钥所属的项目没有启用结算。
    .fix-now =
        改用今天仍有免费配额的其他模型（配额按模型分别计算）。
        或等待每日重置（见“建议等待时间”）。
    .fix-for-good =
        为项目关联结算账号（层级 1），以获得高得多的上限。
        在 https://ai.dev/usage?tab=rate-limit 查看用量。
    .prevention = 在客户端统计每天的请求数，在达到上限前停止；缓存结果；把多个提示合并到一次请求中。

diag-quota-free-tier-input-tokens = 免费层级每分钟输入 Token 数已用尽（{ $model } 每分钟 { $limit } 个 Token）
    .cause = 过去一分钟内发给 { $model } 的提示，输入 Token 总数超过了免费层级的上限（{ $quota_id }，上限 { $limit }）。长上下文、文件和聊天记录在每次请求中都会全额计入。单个请求如果超过 { $limit } 个 Token，无论等多久都不会成功。
    .fix-now =
        按建议时间等待后重试。
        发送更短的提示：精简历史记录，只发送文件片段而不是整个文件。
    .fix-for-good =
        关联结算账号：付费层级每分钟允许的 Token 数要高出许多倍。
        对反复发送的内容使用上下文缓存。
    .prevention = 发送前先统计 Token 数（countTokens），并控制请求节奏，不超出每分钟的预算。

diag-quota-free-tier-per-minute = 已达到免费层级每分钟上限（{ $model } 每分钟 { $limit }）
    .cause = 该项目每分钟发给 { $model } 的请求超出了免费层级的上限（配额 { $quota_id }，上限 { $limit }）。每分钟上限很快就会恢复，所以这里按服务器给出的重试等待时间等待即可。
    .fix-now =
        按建议时间等待后重试。
        放慢速度：让任意一分钟内的请求不超过 { $limit } 次。
    .fix-for-good =
        在客户端加上低于上限的速率限制（令牌桶）。
        关联结算账号，获得更高的每分钟上限。
    .prevention = 用队列发送请求，不要集中突发；重试时采用退避，并遵循服务器给出的等待时间。

diag-quota-input-tokens = 每分钟输入 Token 数已用尽（{ $model } 每分钟 { $limit }）
    .cause = 过去一分钟内发给 { $model } 的提示超出了项目的输入 Token 预算（{ $quota_id }，上限 { $limit }），一分钟内即可恢复。单个请求如果超过 { $limit } 个 Token，永远不会成功。
    .fix-now =
        按建议时间等待后重试。
        减少每次请求的 Token 数：精简历史记录和上下文，或把大型任务分摊到更长的时间里。
    .fix-for-good =
        升级到更高的用量层级（层级越高，Token 预算越大），或申请提高速率限制。
        对需要重复发送的内容使用上下文缓存。
    .prevention = 发送前先统计 Token 数，并按每分钟的预算控制任务节奏。

diag-vertex-quota-per-minute = { $model } 已达到 Vertex AI 每分钟配额
    .cause = 该项目在 { $location } 已达到基础模型 { $model } 的每分钟配额 { $metric }，一分钟内即可恢复。Vertex AI 上较新的 Gemini 模型改用动态共享配额（dynamic shared quota），没有可供提高的项目级数值。
    .fix-now =
        按建议时间等待，再以指数退避重试。
        把请求分散到不同时间，或分散到多个区域（或全球端点）。
    .fix-for-good =
        在 Google Cloud 控制台的“配额”（Quotas）页面为 { $metric } 申请提高配额。
        或改用采用动态共享配额的模型；负载稳定时，可购买预配吞吐量（Provisioned Throughput）。
    .prevention = 用客户端队列削平流量高峰。

diag-quota-per-day = 每日配额已用尽（{ $quota_id }，上限 { $limit }）
    .cause = 该项目中 { $model } 已达到每日上限（{ $quota_id }，上限 { $limit }）。无论服务器建议等待多久，在配额于太平洋时间午夜重置之前，重试都会失败。
    .fix-now =
        等待每日重置（见“建议等待时间”），或把剩余工作转到其他模型。
    .fix-for-good =
        申请提高每日上限，或把项目升级到更高的用量层级。
    .prevention = 在客户端跟踪每日用量；把大型任务分摊到多天，或使用批处理。

diag-quota-per-minute = 已达到每分钟配额（{ $quota_id }，上限 { $limit }）
    .cause = 该项目超出了 { $service } 的每分钟上限（{ $quota_id }，上限 { $limit }），一分钟内即可恢复。
    .fix-now =
        按建议时间等待，再以退避方式重试。
        降低请求频率（如果是 Token 上限，则减少每次请求的 Token 数）。
    .fix-for-good =
        为 { $quota_id } 申请更高的上限（Google Cloud 控制台的“配额”（Quotas）页面），或升级到更高的用量层级。
    .prevention = 在客户端把请求速率控制在上限以下，并把批量任务分散到不同时间段。

diag-vertex-provisioned-throughput = 超出预配吞吐量
    .cause = 该项目发送的流量超出了预配吞吐量（Provisioned Throughput）的覆盖范围，而超出部分不允许转为按需付费（pay-as-you-go）处理（或共享资源池同样繁忙）。
    .fix-now =
        以指数退避重试。
        如果您愿意为超出部分付费，允许溢出流量回退到按需付费（不要发送 X-Vertex-AI-LLM-Request-Type: dedicated 标头）。
    .fix-for-good =
        按峰值购买更多预配吞吐量单位，或把流量控制在已购吞吐量以下。
    .prevention = 对照已购买的吞吐量监控实际用量。

diag-vertex-capacity = Vertex AI 共享容量不足（不是您的配额问题）
    .cause = 错误中没有指明任何配额：为 { $model } 提供服务的共享资源池（动态共享配额，按需付费）繁忙，或服务短暂容量不足。您的项目并未用完某项上限，也没有可以提高的配额。
    .fix-now =
        以截断指数退避重试，首次等待约 1 秒。
        把请求发到全球端点而不是单个区域，以便由其他地方处理。
    .fix-for-good =
        对不能失败的流量购买预配吞吐量（Provisioned Throughput）；在可用的情况下，也可以使用优先级按需付费（priority pay-as-you-go）。
    .prevention = 避免流量突增；把批量任务分散到不同时间段。

diag-gemini-no-details = 429 但没有详细信息：容量不足或触及支出上限，而不是某项具名配额
    .cause = 错误中没有指明任何配额。在 Gemini API 上，这意味着 { $model } 的共享容量不足，或触及了基于支出的上限或预付额度上限，或者流量被判定为疑似滥用。apierr 无法仅凭此错误判断是哪一种，请查看用量页面。
    .fix-now =
        以指数退避重试，首次等待几秒。
        在 https://ai.dev/usage?tab=rate-limit 查看用量和上限。
        如果持续出现，暂时改用其他模型。
    .fix-for-good =
        升级到更高的层级（基于支出的上限随层级提高），或申请提高速率限制。
    .prevention = 把请求分散到不同时间，并保留一个备用模型。

## google.api.ErrorReason（域 googleapis.com）

diag-reason-service-disabled = 项目 { $project } 未启用 { $service }
    .cause = 请求所计入的项目（{ $project }）尚未启用 { $service }，或已将其停用。启用之前，对它的每次调用都会失败；密钥或凭据本身没有问题。
    .fix-now =
        在以下页面启用该 API：{ $activation_url }
        等待几分钟让设置生效，然后重试。
        如果您没想到会是项目 { $project }：说明您的密钥或凭据属于另一个项目，而不是您以为的那个（请检查凭据的配额项目）。
    .fix-for-good =
        把启用各项目所需的 API 作为项目初始化的一部分（gcloud services enable { $service }，或使用 Terraform）。
    .prevention = 在代码中维护所需 API 的清单，并在创建项目时进行检查。

diag-reason-billing-disabled = 项目 { $project } 未启用结算
    .cause = { $service } 需要结算账号，而该项目的结算已停用或从未设置（也可能是结算账号已关闭或存在付款问题）。
    .fix-now =
        为项目 { $project } 关联一个有效的结算账号（在 Google Cloud 控制台的“结算”（Billing）页面；如果是 Gemini API 密钥，则在 Google AI Studio 中）。
        解决结算账号上的付款问题（如有），然后重试。
    .fix-for-good =
        把结算设置纳入项目创建流程，并关注结算账号的状态。
    .prevention = 设置预算提醒，并保持有效的付款方式。

diag-reason-api-key-invalid = API 密钥无效（API_KEY_INVALID）
    .cause = 请求中发送的密钥不存在、已被删除、格式有误，或者不是 { $service } 的密钥。密钥被截断、两侧带有引号或空格、同一变量中存放的是其他服务商的密钥，都会导致此错误。Gemini API 将其报告为 400 INVALID_ARGUMENT，而不是 401。
    .fix-now =
        打印程序实际发送的密钥的长度和前几个字符（Google API 密钥以 AIza 开头，共 39 个字符）。
        从 Google AI Studio（或 Cloud 控制台）复制一个有效的密钥，填入 SDK 读取的变量（GEMINI_API_KEY 或 GOOGLE_API_KEY）。
    .fix-for-good =
        只从一处加载密钥（密钥管理工具或单个环境变量），并在启动时校验。
    .prevention = 不要手动把密钥粘贴到代码中；通过配置来轮换密钥。

diag-reason-api-key-service-blocked = 此 API 密钥不允许调用 { $service }
    .cause = 该密钥设置了 API 限制，而 { $service } 不在其允许的 API 列表中。
    .fix-now =
        在 Cloud 控制台的“API 和服务”（APIs & Services）中打开“凭据”（Credentials），编辑该密钥，把 { $service } 加入其 API 限制。
        或改用专供此 API 使用的密钥。
    .fix-for-good =
        每个应用使用一个密钥，且只开放它实际调用的 API。
    .prevention = 应用开始使用新的 API 时，复查密钥限制。

diag-reason-api-key-http-referrer-blocked = 发出请求的网站无权使用此 API 密钥
    .cause = 该密钥仅限特定的 HTTP 引荐来源（网站）使用，而这次对 { $service } 的请求来自其他引荐来源，或者没有发送引荐来源（服务器端代码不会发送）。
    .fix-now =
        把该网站添加到密钥允许的引荐来源中；或在服务器端另用一个不限制引荐来源的密钥。
    .fix-for-good =
        受引荐来源限制的密钥只在浏览器中使用，其他场合使用服务器密钥（按 IP 或 API 限制）。
    .prevention = 记录每个密钥分别供哪个客户端使用。

diag-reason-api-key-ip-address-blocked = 此 IP 地址无权使用此 API 密钥
    .cause = 该密钥仅限特定 IP 地址使用，而这次对 { $service } 的请求来自其他地址（新服务器，或 NAT、出口地址发生了变化）。
    .fix-now =
        把调用方的公网 IP 地址添加到密钥允许的地址中，或从允许的地址发起调用。
    .fix-for-good =
        为服务器配置固定的出口地址，或改用服务账号，不再使用受 IP 限制的密钥。
    .prevention = 网络变更时同步更新密钥限制。

diag-reason-api-key-android-app-blocked = 此 Android 应用无权使用此 API 密钥
    .cause = 该密钥仅限特定的 Android 应用（软件包名称和 SHA-1 证书指纹）使用，而此应用的软件包或签名证书不在列表中。调试版本和发布版本的签名不同。
    .fix-now =
        把应用的软件包名称，以及为此版本签名的证书的 SHA-1 指纹，添加到密钥限制中。
    .fix-for-good =
        登记所有签名密钥的指纹（调试、发布、Play 应用签名）。
    .prevention = 签名密钥变更时更新密钥限制。

diag-reason-api-key-ios-app-blocked = 此 iOS 应用无权使用此 API 密钥
    .cause = 该密钥仅限特定的 iOS 应用（bundle ID）使用，而此应用的 bundle ID 不在 { $service } 的允许列表中。
    .fix-now =
        把应用的 bundle ID 添加到密钥限制中。
    .fix-for-good =
        登记每个会调用该 API 的构建变体的 bundle ID。
    .prevention = bundle ID 变更时更新密钥限制。

diag-reason-rate-limit-exceeded = { $service } 超出速率限制
    .cause = 该项目（或用户）向 { $service } 发送请求的速度超出了其速率配额。时间窗口过去后即可恢复，通常在一分钟内。
    .fix-now =
        按建议时间等待，再以指数退避重试。
        降低请求频率。
    .fix-for-good =
        在 Google Cloud 控制台的“配额”（Quotas）页面为 { $service } 申请更高的配额。
    .prevention = 在客户端控制请求速率；API 支持时，批量发送请求。

diag-reason-resource-quota-exceeded = { $service } 超出分配配额
    .cause = 该项目持有的此类资源（实例、作业、地址、GPU 等）已达到配额 { $quota_id } 允许的数量（{ $limit }）。这不是速率限制：在释放资源之前，等待无济于事。
    .fix-now =
        删除或停止不再需要的资源，然后重试。
        或在 Google Cloud 控制台的“配额”（Quotas）页面为 { $quota_id } 申请更高的值。
    .fix-for-good =
        自动清理未使用的资源，并按峰值规划配额。
    .prevention = 配额用量超过 80% 时发出告警。

diag-reason-location-tax-policy-violated = 结算账号的税务所在地不允许使用此区域
    .cause = 结算账号的地址所在地的税务规定，不允许在所请求的区域使用 { $service }。
    .fix-now =
        改用其他区域，或使用在允许的地区注册的结算账号。
    .fix-for-good =
        选择区域时考虑结算账号的所在地。
    .prevention = 部署到新区域之前，先检查区域和税务方面的限制。

diag-reason-user-project-denied = 无权将此请求计入项目 { $project }
    .cause = 请求指定了一个用于计费或计算配额的项目（x-goog-user-project，或凭据的配额项目），但调用方无权使用它，或者该项目不存在。
    .fix-now =
        在项目 { $project } 上为调用方授予 Service Usage Consumer 角色（serviceusage.services.use）。
        或设置一个调用方有权使用的配额项目：gcloud auth application-default set-quota-project PROJECT_ID。
    .fix-for-good =
        在每个环境的配置中显式设置配额项目。
    .prevention = 针对共享项目运行任务之前，先检查本地凭据的配额项目。

diag-reason-consumer-suspended = 项目 { $project } 已被暂停
    .cause = Google 暂停了 { $consumer }（例如经过服务条款审核或滥用审核之后，或因为账单未付）。它的所有 API 调用都会失败。
    .fix-now =
        在项目所有者的电子邮件和 Cloud 控制台中查找暂停通知，并按其中的申诉步骤操作。
    .fix-for-good =
        恢复流量之前，先解决通知中指出的原因（安全问题、结算、政策）。
    .prevention = 保持项目联系人信息最新，确保通知有人收到。

diag-reason-consumer-invalid = 请求中的项目无效或不存在
    .cause = 请求中指定的项目 ID 或编号（{ $consumer }）格式有误、不存在或已被删除。
    .fix-now =
        检查配置和凭据中的项目 ID（gcloud config get-value project）。
        如果项目是在 30 天内删除的，可以在 Cloud 控制台中恢复。
    .fix-for-good =
        只从一个配置来源读取项目 ID。
    .prevention = 仍有有效凭据指向的项目，不要删除。

diag-reason-security-policy-violated = 被 VPC Service Controls 阻止
    .cause = VPC Service Controls 边界阻止了此请求：调用方、网络或项目位于保护 { $service } 的边界之外。
    .fix-now =
        把违规 ID { $uid } 提供给安全团队：凭它可以在审核日志中找到具体是哪条规则。
        从边界内部发起调用，或请人为此调用方添加入站或出站规则。
    .fix-for-good =
        为每个需要访问的服务账号和网络商定边界规则。
    .prevention = 在强制执行边界之前，先用试运行模式测试新的访问路径。

diag-reason-access-token-expired = 访问令牌已过期
    .cause = OAuth 访问令牌的有效期约为一小时，发给 { $service } 的这个令牌已经超过有效期。
    .fix-now =
        获取新的令牌（在本地运行 gcloud auth login 或 gcloud auth application-default login；在服务器上由客户端库刷新令牌）。
    .fix-for-good =
        由客户端库创建和刷新令牌，而不是传入固定的令牌。
    .prevention = 切勿把访问令牌存放在配置中；应存放用于生成令牌的凭据。

diag-reason-access-token-scope-insufficient = 访问令牌缺少此调用所需的 OAuth 范围
    .cause = 令牌有效，但签发时没有包含 { $service } 的 { $method } 所需的范围（例如 cloud-platform，或调优模型所需的 Generative Language 范围）。
    .fix-now =
        生成一个带有所需范围的令牌，例如：gcloud auth application-default login --scopes=https://www.googleapis.com/auth/cloud-platform
        在虚拟机或集群上，检查服务账号的访问范围。
    .fix-for-good =
        在客户端的凭据设置中声明所需范围，而不是在调用时才请求。
    .prevention = 在各服务的配置中列出其所需的范围。

diag-reason-account-state-invalid = 账号已停用或已删除
    .cause = 凭据对应的用户账号或服务账号 { $email } 已被停用或删除。
    .fix-now =
        改用其他账号，或请管理员重新启用或恢复该账号（服务账号在删除后 30 天内可以恢复）。
    .fix-for-good =
        为每个工作负载创建专用的服务账号，并记录其负责人。
    .prevention = 停用工作负载所用的账号之前，先轮换凭据。

diag-reason-access-token-type-unsupported = 此处不接受这种类型的访问令牌
    .cause = { $service } 不接受所发送的令牌类型（例如发送的是 ID 令牌而不是访问令牌，或者令牌的目标受众是其他服务）。
    .fix-now =
        发送 OAuth 2.0 访问令牌（gcloud auth print-access-token），或该 API 文档规定的凭据类型。
    .fix-for-good =
        让客户端库来选择凭据类型。
    .prevention = 不要在同一个变量中混用 ID 令牌和访问令牌。

diag-reason-credentials-missing = 请求中没有携带凭据
    .cause = 发到 { $service } 的请求既没有 API 密钥，也没有 OAuth 令牌。通常是 SDK 读取的环境变量在当前环境中为空，或者密钥放在了 API 不读取的标头中。
    .fix-now =
        在运行此代码的环境中设置 API 密钥（Gemini API 使用 GEMINI_API_KEY 或 GOOGLE_API_KEY）或应用默认凭据（Application Default Credentials）。
        确认该变量确实传给了进程（CI 密钥变量、容器、systemd 单元）。
    .fix-for-good =
        缺少凭据时在启动阶段就报错，而不是等到第一次调用才失败。
    .prevention = 在启动检查中验证凭据。

diag-reason-resource-project-invalid = 资源名称中的项目无效
    .cause = { $method } 请求的资源名称中包含的项目格式有误、为空或不存在。
    .fix-now =
        检查请求中资源名称的项目部分（projects/PROJECT_ID/...）。
    .fix-for-good =
        根据配置生成资源名称，不要手动拼写。
    .prevention = 在启动时校验配置。

diag-reason-session-cookie-invalid = 浏览器会话 Cookie 缺失或无效
    .cause = 该请求依赖的浏览器会话 Cookie（{ $cookie }）缺失、已过期或无效。
    .fix-now =
        在浏览器中重新登录，然后重试。
    .fix-for-good =
        以编程方式访问时，使用 OAuth 或 API 密钥，而不是会话 Cookie。
    .prevention = 不要在脚本中复用浏览器 Cookie。

diag-reason-user-blocked-by-admin = 您的管理员已屏蔽此服务
    .cause = Google Workspace 或 Cloud Identity 管理员已为您的账号关闭了 { $service }。
    .fix-now =
        请管理员为您的账号或组织部门启用该服务。
    .fix-for-good =
        按照组织针对新服务的流程申请访问权限。
    .prevention = 如果某项服务可能受到您所在网域的限制，在基于它进行开发之前先与 IT 部门确认。

diag-reason-resource-usage-restriction-violated = 组织政策禁止使用此服务
    .cause = 某项组织政策（资源使用限制，constraints/gcp.restrictServiceUsage）不允许在此项目中使用 { $service }。
    .fix-now =
        请组织政策管理员为此项目或文件夹放行 { $service }。
    .fix-for-good =
        在项目初始化时一并申请政策例外。
    .prevention = 选择服务之前先检查组织政策。

diag-reason-system-parameter-unsupported = 请求中的某个系统参数不受支持
    .cause = 请求使用了 { $service } 不支持的系统参数（标准查询参数或 x-goog 标头）。
    .fix-now =
        从请求中删除不受支持的参数或标头。
    .fix-for-good =
        只发送 API 文档中列出的参数。
    .prevention = 让客户端库保持最新版本。

diag-reason-org-restriction-violation = 被组织限制标头阻止
    .cause = 对 { $service } 的请求带有 X-Goog-Allowed-Resources 标头（通常由企业代理设置），而目标资源所属的组织不在该列表中。
    .fix-now =
        从没有此限制的网络发起调用，或请网络管理员把该组织加入允许列表。
    .fix-for-good =
        与 IT 部门商定代理允许哪些组织。
    .prevention = 尽早通过企业代理测试新项目。

diag-reason-org-restriction-header-invalid = 组织限制标头格式有误
    .cause = 对 { $service } 的请求中的 X-Goog-Allowed-Resources 标头（通常由代理添加）无效。
    .fix-now =
        请网络管理员修正代理添加的标头。
    .fix-for-good =
        对代理配置的变更进行校验。
    .prevention = 代理变更后，留意是否出现此错误。

diag-reason-service-not-visible = { $service } 对此项目不可见
    .cause = 该服务是私有服务或处于受限预览阶段，此项目或账号无权访问。
    .fix-now =
        检查服务名称；如果是预览版服务，为项目申请访问权限。
    .fix-for-good =
        在生产环境中使用正式版（GA）服务。
    .prevention = 按项目记录预览版的访问权限。

diag-reason-gcp-suspended = 此项目的 Google Cloud 访问权限已被暂停
    .cause = { $consumer } 对 Google Cloud 的访问已被暂停（例如出于结算或政策原因）。
    .fix-now =
        在所有者的电子邮件和 Cloud 控制台中查看通知，并联系 Google Cloud 结算团队或支持团队。
    .fix-for-good =
        解决通知中指出的原因。
    .prevention = 保持结算状态良好，并及时更新联系人信息。

diag-reason-location-policy-violated = 政策不允许使用所请求的区域
    .cause = 资源位置政策不允许在所请求的区域（{ $location }）创建或使用资源。
    .fix-now =
        使用政策允许的区域（错误中的 Help 链接列出了这些区域）。
    .fix-for-good =
        把默认区域配置为符合组织政策的区域。
    .prevention = 选择区域之前先检查 gcp.resourceLocations。

diag-reason-missing-origin = 请求缺少 Origin 标头
    .cause = 该 API 密钥仅限在浏览器中使用，这需要 Origin 标头，而这次对 { $service } 的请求没有。
    .fix-now =
        从浏览器发起调用，或使用专供服务器端使用的密钥。
    .fix-for-good =
        把浏览器密钥和服务器密钥分开。
    .prevention = 记录每个密钥分别供哪个客户端使用。

diag-reason-overloaded-credentials = 请求携带了不止一种凭据
    .cause = 对 { $service } 的请求同时发送了两种凭据，通常是 API 密钥（key= 或 x-goog-api-key）加上 Authorization: Bearer 令牌。该 API 只接受一种。
    .fix-now =
        只发送一种：使用 OAuth 时去掉 API 密钥，使用密钥时去掉 Authorization 标头。
        检查是否有环境变量让 SDK 添加了另一种凭据（GOOGLE_APPLICATION_CREDENTIALS 与 GEMINI_API_KEY 同时设置）。
    .fix-for-good =
        每个客户端只配置一种身份验证方式。
    .prevention = 每个环境只保留一个凭据变量。

diag-reason-location-org-policy-violated = 组织政策不允许使用该区域
    .cause = 某项组织政策限制了资源可以存放的位置，而此请求的目标区域（{ $location }）不在允许范围内。
    .fix-now =
        使用允许的区域，或请政策管理员开一个例外。
    .fix-for-good =
        让默认区域与组织的位置政策保持一致。
    .prevention = 部署到新区域之前，先检查位置政策。

diag-reason-tls-org-policy-violated = TLS 版本被组织政策禁止
    .cause = 连接使用的 TLS 版本过旧（1.0 或 1.1），组织政策禁止以该版本访问 { $service }。
    .fix-now =
        升级客户端、运行时或代理，改用 TLS 1.2 或更高版本。
    .fix-for-good =
        让运行时和 TLS 库保持最新。
    .prevention = 用仅接受 TLS 1.2 的端点测试客户端。

diag-reason-emulator-quota-exceeded = 超出模拟器配额
    .cause = 本地模拟器中 { $service } 的配额已超出。
    .fix-now =
        稍等片刻再重试，或重启模拟器。
    .fix-for-good =
        降低测试对模拟器发送请求的频率。
    .prevention = 对测试流量限速。

diag-reason-credential-android-app-invalid = Android 应用凭据无效
    .cause = 对 { $service } 的请求附带的 Android 应用身份（软件包名称或证书标头）对此密钥无效。
    .fix-now =
        确认应用发送了软件包名称和签名证书，且两者与密钥的限制一致。
    .fix-for-good =
        登记应用使用的所有签名证书。
    .prevention = 签名密钥变更时更新限制。

diag-reason-iam-permission-denied = 缺少 IAM 权限 { $permission }
    .cause = 调用方在 { $resource } 上没有 { $permission } 权限。凭据有效，但其角色不包含此权限（也可能是资源不存在，而 Google 不会透露这一点）。
    .fix-now =
        为调用方授予一个在 { $resource }（或其所属项目）上包含 { $permission } 的角色。
        检查代码实际以哪个身份运行：gcloud auth list，或工作负载的服务账号。
    .fix-for-good =
        为每个工作负载分配一个服务账号，其角色恰好包含它实际用到的权限。
    .prevention = 部署新的工作负载时，用 IAM 政策问题排查工具（Policy Troubleshooter）检查访问权限。

diag-reason-jwt-token-invalid = JWT 无效
    .cause = 发给 { $service } 的自签名 JWT 或 ID 令牌格式有误、已过期、由未知密钥签名或受众不符，也可能是机器时钟不准。
    .fix-now =
        检查令牌的受众和过期时间，并确认机器时钟已同步。
        重新生成令牌（或为其签名的服务账号密钥）。
    .fix-for-good =
        让客户端库来签署令牌。
    .prevention = 用 NTP 保持时钟同步。

diag-reason-credential-type-unsupported = 此处不支持这种凭据类型
    .cause = 该 API 不接受这种凭据类型；例如，Gemini API 对部分调用限制服务账号访问，要求使用 API 密钥。
    .fix-now =
        使用 API 文档规定的凭据类型（Gemini API 使用 API 密钥，Vertex AI 使用 OAuth 用户凭据或服务账号凭据）。
    .fix-for-good =
        按文档规定的凭据类型配置客户端。
    .prevention = 选择凭据之前，先查看 API 的身份验证页面。

diag-reason-account-type-unsupported = 不支持此账号类型
    .cause = 凭据对应的账号类型不被 { $service } 接受（例如需要 Workspace 账号时使用了个人账号，或者反过来）。
    .fix-now =
        使用受支持类型的账号。
    .fix-for-good =
        为此服务创建类型正确的专用账号。
    .prevention = 让用户接入之前，先确认账号要求。

diag-reason-endpoint-usage-restriction-violated = 此端点被组织政策禁止
    .cause = 某项组织政策（constraints/gcp.restrictEndpointUsage）不允许调用 { $service } 的这个端点。
    .fix-now =
        使用允许的端点（例如政策允许的区域端点或全球端点），或咨询政策管理员。
    .fix-for-good =
        为客户端配置政策允许的端点。
    .prevention = 切换端点之前，先检查端点限制。

diag-reason-tls-cipher-restriction-violated = TLS 加密套件被组织政策禁止
    .cause = 连接协商使用的 TLS 加密套件被组织政策禁止用于 { $service }。
    .fix-now =
        更新客户端的 TLS 配置，使用允许的加密套件。
    .fix-for-good =
        使用最新的 TLS 库及其默认的安全加密套件。
    .prevention = 对照政策的加密套件列表测试客户端。

diag-reason-mcp-server-disabled = { $service } 的 MCP 服务器未启用
    .cause = 请求经由 { $service } 的 Model Context Protocol（MCP）服务器发出，而该项目尚未启用它。
    .fix-now =
        在项目中为 { $service } 启用 MCP 访问，然后重试。
    .fix-for-good =
        对需要 MCP 服务器的智能体，在项目初始化时就启用相应的 MCP 服务器。
    .prevention = 列出您的智能体所需的 MCP 服务器。

## 旧版 errors[].reason（YouTube、Drive、Sheets、Gmail 及较早的 Cloud API）

diag-legacy-unregistered = 不带凭据的调用只有极少的配额（未注册使用）
    .cause = 请求中没有 API 密钥或 OAuth 令牌，因此计入未经身份验证调用的共享配额，而这项配额已经用尽。这里的 403 意思是“请注册”，而不是“禁止访问”。
    .fix-now =
        每个请求都带上 API 密钥或 OAuth 凭据，获取方法见 { $extended_help }
    .fix-for-good =
        创建项目，启用该 API，并使用项目的密钥或服务账号。
    .prevention = 未配置凭据时，在启动阶段就报错。

diag-legacy-rate-limit = 超出速率限制（{ $reason }）：请放慢速度
    .cause = 项目或用户在短时间内发送的请求过多，API 因此对请求进行了限流。在这些较早的 API 中，带有此原因的 403 表示被限流，而不是被禁止。
    .fix-now =
        以带随机抖动的指数退避重试。
        降低请求频率，或把请求分散到更多用户（针对按用户计算的上限）。
    .fix-for-good =
        在 API 支持时批量发送请求，并在 Cloud 控制台中申请更高的配额。
    .prevention = 在客户端控制请求速率。

diag-legacy-daily-limit = 每日配额已用尽（{ $reason }）
    .cause = 该项目已用完此 API 的每日配额。在太平洋时间午夜重置之前，重试都会失败。
    .fix-now =
        等待每日重置（见“建议等待时间”）。
        如果您的用途正当，在 Cloud 控制台中申请提高配额。
    .fix-for-good =
        减少每个任务的调用次数（缓存、用 fields= 获取部分响应、批处理）。
    .prevention = 对照配额跟踪每日用量。

diag-legacy-payment-required = 需要付费（{ $reason }）
    .cause = 该请求需要结算（或付费配额），而项目没有。
    .fix-now =
        为项目启用结算后重试，启用方法见 { $extended_help }
    .fix-for-good =
        使用付费配额的项目要保持结算处于启用状态。
    .prevention = 关注结算状态和预算。

diag-legacy-access-not-configured = 项目未启用该 API（accessNotConfigured）
    .cause = 您的密钥或凭据所属的项目尚未启用此 API。错误消息中写明了 API 和项目；凭据本身没有问题。
    .fix-now =
        为错误消息中指出的项目启用该 API（在 Cloud 控制台的“API 和服务”（APIs & Services）中，或通过消息中的链接）。
        等待几分钟后重试。
    .fix-for-good =
        在项目初始化时启用所需的 API。
    .prevention = 在代码中维护所需 API 的清单。

diag-legacy-key-invalid = API 密钥无效或已过期（{ $reason }）
    .cause = 所发送的密钥不存在、已被删除、已过期，或属于其他 API。
    .fix-now =
        在 Cloud 控制台的“API 和服务”（APIs & Services）>“凭据”（Credentials）中创建有效的密钥，并更新您的配置。
    .fix-for-good =
        从同一个配置来源加载密钥，并在启动时校验。
    .prevention = 通过配置而不是代码来轮换密钥。

diag-legacy-forbidden = 禁止访问（{ $reason }）
    .cause = 凭据有效，但无权对此资源执行该操作（缺少共享、范围或角色）。
    .fix-now =
        检查账号对该资源的权限（文件共享、频道所有权、网域设置）以及令牌的 OAuth 范围。
    .fix-for-good =
        在初始设置时就申请应用所需的范围和共享权限。
    .prevention = 用部署时所用的最低权限账号进行测试。

diag-legacy-auth = 身份验证失败（{ $reason }）
    .cause = { $legacy_location } 中的凭据缺失、无效或已过期。
    .fix-now =
        刷新或重新创建凭据，并确认请求中确实带上了凭据。
    .fix-for-good =
        使用能自动刷新令牌的客户端库。
    .prevention = 切勿存储访问令牌；应存储可刷新的凭据。

diag-legacy-invalid = 请求无效（{ $reason }）
    .cause = 请求的某个参数或请求体缺失、格式有误或不被允许。错误消息和错误的 location 字段会指出具体是哪一项。
    .fix-now =
        阅读详细信息中的错误消息和 location 字段，修正对应的参数。
    .fix-for-good =
        发送前对照 API 参考校验请求。
    .prevention = 添加会发送真实请求的测试。

diag-legacy-not-found = 未找到（{ $reason }）
    .cause = 资源不存在、已被删除，或对这些凭据不可见。
    .fix-now =
        检查请求中的 ID，并确认该账号能看到此资源。
    .fix-for-good =
        把资源被删除或不存在当作正常结果来处理。
    .prevention = 不要缓存可能被他人删除的资源的 ID。

diag-legacy-conflict = 冲突（{ $reason }）
    .cause = 资源已发生变化或已经存在；请求的某个条件（etag、唯一性）不成立。
    .fix-now =
        读取当前状态，在此基础上重新执行更改。
    .fix-for-good =
        使用 etag 和“先查后建”模式。
    .prevention = 对同一资源的并发写入进行串行化。

diag-legacy-too-large = 过大（{ $reason }）
    .cause = 上传内容、批处理、请求或响应超出了 API 允许的大小。
    .fix-now =
        拆分上传内容或批处理，对大文件使用可续传上传，或让每个响应返回更少的字段或条目。
    .fix-for-good =
        让批处理和分页的大小低于文档规定的上限。
    .prevention = 发送前检查大小。

diag-legacy-backend = 后端错误（{ $reason }）：请以退避方式重试
    .cause = Google 端的临时故障。同样的请求通常稍后重试就会成功。
    .fix-now =
        以带随机抖动的指数退避重试。
    .fix-for-good =
        让调用具备幂等性，确保重试是安全的。
    .prevention = 每个调用都使用有次数上限的重试。

diag-legacy-account = 账号问题（{ $reason }）
    .cause = 该账号已被删除、停用，或尚未针对此服务完成验证。
    .fix-now =
        改用其他账号，或修复账号状态（完成验证，或联系其管理员）。
    .fix-for-good =
        使用专用且已验证的账号执行自动化任务。
    .prevention = 监控服务账号的状态。

diag-legacy-ssl-required = 必须使用 HTTPS
    .cause = 请求使用的是明文 HTTP；该 API 只接受 HTTPS。
    .fix-now =
        调用 https:// 端点。
    .fix-for-good =
        客户端只配置 HTTPS 基础 URL。
    .prevention = 在客户端禁止明文 HTTP。

diag-legacy-not-implemented = 未实现（{ $reason }）
    .cause = 此 API 不支持该操作或 HTTP 方法。
    .fix-now =
        对照 API 参考检查方法和 URL。
    .fix-for-good =
        只使用您所调用的 API 版本中有文档记载的操作。
    .prevention = 固定 API 版本并进行测试。

## 服务器端问题

diag-gemini-overloaded = 模型过载（503）：请稍后重试或换用其他模型
    .cause = Google 服务器暂时没有足够的容量处理 { $model } 的请求。这是服务器端的问题，与您的配额或请求无关。
    .fix-now =
        以带随机抖动的指数退避重试，首次等待约 1 秒；通常重试几次就会成功。
        如果持续几分钟仍未恢复，暂时改用其他模型（Flash 模型通常没那么繁忙）。
    .fix-for-good =
        在客户端配置备用模型和有次数上限的重试。
    .prevention = 避免在高峰时段集中发送请求；对于关键业务，可考虑使用 Vertex AI 的预配吞吐量（Provisioned Throughput）。

diag-gemini-internal = Gemini API 内部错误（500）
    .cause = Google 服务内部出错。对 Gemini API 而言，输入上下文过长是常见的诱因。
    .fix-now =
        以指数退避重试。
        如果同一请求持续失败，缩短输入上下文，或暂时改用其他模型。
    .fix-for-good =
        通过 AI Studio 的“发送反馈”（Send feedback）报告可复现的故障，并附上请求内容和发生时间。
    .prevention = 让上下文长度远低于模型的最大值，并使用有次数上限的重试。

## 标准状态码（google/rpc/code.proto）

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
    .prevention = 部署后对 404 错误设置告警，并固定使用测试过的模型版本。

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
    .cause = 超出了某项配额或速率限制，或者服务暂时没有足够的容量处理该请求。错误中没有说明是哪项限制：每分钟上限一分钟内恢复，每日上限在每日重置时恢复，容量不足则会自行缓解。
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
        以退避方式重试整个“读取—修改—写入”流程，而不只是失败的那一次调用。
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
    .cause = 服务暂时不可用或过载。这是服务器端的临时问题，与您的配额无关。
    .fix-now =
        以带随机抖动的指数退避重试，首次等待约 1 秒。
        如果持续出现，暂时改用其他模型或区域。
    .fix-for-good =
        让调用具备容错能力：有次数上限的重试、备用模型和熔断机制。
    .prevention = 避免流量突增；在 Vertex AI 上，关键业务可考虑预配吞吐量（Provisioned Throughput）。

diag-code-data-loss = 数据丢失（DATA_LOSS）
    .cause = 服务报告了无法恢复的数据丢失或损坏。
    .fix-now =
        先停下来排查，再决定是否重试；检查已经写入了哪些内容。
        联系 Google 支持，并提供请求 ID。
    .fix-for-good =
        为上传的数据保留备份，并核对校验和。
    .prevention = 端到端校验数据完整性。

diag-code-unauthenticated = 未通过身份验证（UNAUTHENTICATED）
    .cause = 请求没有有效的凭据：访问令牌缺失、已过期或格式错误，或者发送了错误类型的凭据。
    .fix-now =
        刷新凭据（例如运行 `gcloud auth application-default login`，或重新生成访问令牌）。
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

## 其他服务商，按失败类型。$provider 为服务商名称。

provider-unknown = API 服务商

diag-provider-rate-limit = 触发 { $provider } 速率限制：请等待后重试
    .cause = 当前时间窗口内发送的请求数或 Token 数超过了 { $provider } 对该密钥、组织或部署的速率限制。随着时间窗口推移会自动恢复，并没有出错。
    .fix-now =
        按响应给出的等待时间（错误消息或 Retry-After 响应头）等待，然后使用带随机抖动的指数退避重试。
        减少并发请求，或减少每个请求的 Token 数（调低 max_tokens 也算）。
    .fix-for-good =
        向 { $provider } 申请更高的速率限制或使用层级，或在条款允许的范围内把负载分散到更多部署或密钥上。
    .prevention = 参考响应中的 x-ratelimit 响应头，在客户端把请求速率控制在上限以下。

diag-provider-quota-exhausted = { $provider } 配额或支出上限已用完：等待无济于事
    .cause = 这不是每分钟的限流：账号的余额、套餐配额或自行设置的支出上限已经用完。在此之前，无论等待多久，每个请求都会失败。
    .fix-now =
        查看 { $provider } 的用量和结算页面：充值、提高支出上限或更换套餐。
        确认密钥属于实际付费的组织或项目。
    .fix-for-good =
        开启自动充值，或在接近上限之前设置预算提醒。
    .prevention = 监控支出与上限的差距；遇到此错误应立即失败，不要重试。

diag-provider-billing = { $provider } 账号余额不足
    .cause = 该密钥所属账号的余额不足以支付这个请求。
    .fix-now =
        在 { $provider } 的结算设置中充值或添加付款方式。
        确认密钥属于刚刚充值的账号。
    .fix-for-good =
        开启自动充值，或在余额偏低时发出提醒。
    .prevention = 监控账号余额；遇到此错误应立即失败，不要重试。

diag-provider-request-too-large = 单个请求超过了 { $provider } 允许的大小
    .cause = 这一个请求本身就超过了上限（每分钟 Token 数或字节数）。等待永远无济于事，因为同样的请求在任何时间窗口内都过大。
    .fix-now =
        缩小请求：缩短输入，减少示例或文件，调低 max_tokens。
        把任务拆成多个较小的请求。
    .fix-for-good =
        如果这么大的请求是常态，申请更高的层级或上限。
    .prevention = 发送前先统计 Token 数，裁剪或拆分放不下的内容。

diag-provider-context-length = 输入超出了模型的上下文窗口
    .cause = 提示词加上请求的输出长度超过了 { $provider } 上该模型的上下文窗口。原样重试会以同样的方式失败。
    .fix-now =
        缩短输入：删去较早的对话轮次、先做摘要，或少发一些文档。
        调低 max_tokens，或换用上下文窗口更大的模型。
    .fix-for-good =
        随着对话变长，自动裁剪或摘要历史记录。
    .prevention = 每次调用前统计 Token 数，并与窗口上限保留余量。

diag-provider-content-policy = { $provider } 的内容过滤拦截了请求或回答
    .cause = 提示词或生成结果被 { $provider } 的内容过滤标记（响应中给出时，详细信息会列出类别和严重程度）。原样重试仍会被拦截。
    .fix-now =
        查看被标记的类别，改写输入或删去触发过滤的内容。
        如果内容本身合规，在服务商允许的范围内检查部署的过滤设置。
    .fix-for-good =
        在应用中处理此错误：告知用户，不要循环重试。
    .prevention = 发送前先筛查用户输入，并记录被标记的请求以便复查。

diag-provider-auth = { $provider } 拒绝了 API 密钥
    .cause = 密钥或令牌缺失、输错、已被吊销，或属于其他账号或端点。
    .fix-now =
        检查进程实际使用的密钥（环境变量、密钥存储）以及请求发往的 base URL。
        如果旧密钥已被吊销，在 { $provider } 控制台中创建新密钥。
    .fix-for-good =
        把密钥保存在密钥管理服务中，并定期轮换。
    .prevention = 启动时用一次低成本调用验证密钥，并对身份验证错误设置告警。

diag-provider-permission = { $provider } 拒绝访问该资源
    .cause = 密钥有效，但其所属组织、项目或角色无权使用这个模型、部署或功能。
    .fix-now =
        确认该账号在此区域已获得模型访问权限（Amazon Bedrock 需要先申请模型访问权限）。
        检查密钥所属的项目和角色。
    .fix-for-good =
        在控制台中授予访问权限，或改用拥有权限的账号的密钥。
    .prevention = 用生产环境的密钥测试部署的每个模型和区域。

diag-provider-not-found = { $provider } 上不存在该模型或部署
    .cause = 模型 ID、部署名称或端点拼写错误、已下线，或对该账号或区域不可用。
    .fix-now =
        对照服务商为您的账号列出的模型或部署，检查名称。
        检查 API 版本和 base URL。
    .fix-for-good =
        把模型和部署名称放在配置中，并关注弃用通知。
    .prevention = 测试部署的每个模型 ID，并在变更后对 404 设置告警。

diag-provider-region-blocked = { $provider } 不支持当前所在国家或地区
    .cause = 请求来自服务商不支持的国家、地区或领地。
    .fix-now =
        从受支持的区域发起调用，或通过在您所在地区提供服务的云服务商使用同一模型。
    .fix-for-good =
        把调用该 API 的服务部署在受支持的区域。
    .prevention = 部署前先确认服务商支持的国家和地区。

diag-provider-overloaded = { $provider } 过载：请稍后重试
    .cause = 服务商的服务器当前容量不足。这与您的上限或请求无关。
    .fix-now =
        使用带随机抖动的指数退避重试，从几秒开始。
        如果持续出现，暂时换用其他模型或区域。
    .fix-for-good =
        配置备用模型或备用服务商，并限制重试次数。
    .prevention = 避免在高峰时段集中发送请求，并准备好备用方案。

diag-provider-server = { $provider } 发生内部错误
    .cause = 服务商在处理请求时自身出现了故障。
    .fix-now =
        使用带随机抖动的指数退避重试，通常几次之内就会成功。
        如果持续失败，查看服务商的状态页面。
    .fix-for-good =
        让调用保持幂等，以便安全重试，并限制重试次数。
    .prevention = 对服务器错误率的上升设置告警，而不是对每一次错误告警。

diag-provider-timeout = 发往 { $provider } 的请求超时
    .cause = 模型未能及时完成：输入过长、输出过长或服务繁忙。
    .fix-now =
        退避后重试；减少请求的输出，或使用流式响应。
        如果任务确实耗时较长，调高客户端的超时时间。
    .fix-for-good =
        对长回答使用流式响应，把长任务拆成较小的请求。
    .prevention = 根据请求的输出长度设置相应的超时时间。

diag-provider-invalid-request = { $provider } 认为请求无效
    .cause = 某个参数、消息格式或模型选项不符合 API 的要求；错误消息会指出具体是哪一个。
    .fix-now =
        阅读错误消息及其指出的参数，修正请求。
    .fix-for-good =
        对照服务商的 API 参考校验请求，并固定 SDK 版本。
    .prevention = 在 CI 中针对 API 测试请求格式，并记录被拒绝的请求。
