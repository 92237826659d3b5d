package icp

// noticeTable is the rectification catalogue. It is read-only; [Notices]
// walks it grouped by category. Sources: domain.md §6.1 (provider checks
// after approval), §6.2 (rejections during review) and the field rules of §5
// that those reasons stand for. MIIT system codes are listed where the
// sources give them.
var noticeTable = [...]Notice{
	// ---- subject ----
	{
		Code: CodeSubjectContactInvalid, Category: NoticeSubject, Stage: StageRectification,
		Title: Text{"主体负责人联系方式不准确", "Principal's contact details do not work"},
		Cause: Text{
			"核查电话打给主体负责人时遇到空号、停机、关机或长期无人接听，通常是号码已经更换。",
			"Verification calls to the principal reached a number that is unassigned, suspended, switched off or never answered; usually the number has changed.",
		},
		Advice: Text{
			"提交变更备案，填写当前可用的号码并保持畅通；接到核验电话时及时接听，错过时可致电接入商客服申请重新核实。",
			"File a change with a number in current use and keep it reachable; answer the verification call, or ask the provider's hotline for a new check if it was missed.",
		},
	},
	{
		Code: CodeSubjectCertificateOutdated, Category: NoticeSubject, Stage: StageBoth,
		Title: Text{"备案主体证件非最新", "Subject certificate is not the current one"},
		Cause: Text{
			"主办单位证件已到期，或证件上的信息（如经营范围）已变化，备案中仍是旧证件。",
			"The unit's certificate has expired, or its data (such as the business scope) changed while the filing still shows the old certificate.",
		},
		Advice: Text{
			"提交变更备案，上传最新的有效证件。",
			"File a change and upload the current, valid certificate.",
		},
	},
	{
		Code: CodeSubjectCertificateNumberWrong, Category: NoticeSubject, Stage: StageBoth,
		Title: Text{"证件号码错误", "Certificate number is wrong"},
		Cause: Text{
			"证件号码与证件不符；常见于早期备案填写的组织机构代码或注册号，三证合一（2015年10月1日起）后应为18位统一社会信用代码。",
			"The number does not match the certificate; typically an old organisation code or registration number, where after the 2015-10-01 licence reform the 18-character unified social credit code is required.",
		},
		Advice: Text{
			"按证件原样填写号码，营业执照填写统一社会信用代码，并提交变更备案。",
			"Enter the number exactly as printed — the unified social credit code for a business licence — and file a change.",
		},
	},
	{
		Code: CodeSubjectCertificateTypeWrong, Category: NoticeSubject, Stage: StageRejection,
		Title: Text{"证件类型与主办单位性质不符", "Certificate type does not fit the subject nature"},
		Cause: Text{
			"所选证件类型不属于该主办单位性质可用的证件，或单位性质选择错误（例如公司未选择“企业”）。",
			"The chosen certificate type is not one the subject's nature may use, or the nature itself is wrong (a company must be filed as an enterprise).",
		},
		Advice: Text{
			"按证件上的单位类型选择主办单位性质，再从该性质可用的证件类型中选择。",
			"Pick the nature printed on the certificate, then a certificate type offered for that nature.",
		},
	},
	{
		Code: CodeSubjectNameWrong, Category: NoticeSubject, Stage: StageBoth,
		Title: Text{"备案主体名称错误", "Subject name is wrong"},
		Cause: Text{
			"主办单位名称与证件不一致，常因单位更名后未变更备案；个人名称须为证件上的姓名。",
			"The subject name differs from the certificate, often because the unit was renamed and the filing was not changed; for individuals it must be the legal name on the ID.",
		},
		Advice: Text{
			"提交变更备案，名称须与证件及域名持有者一致，更名时按要求附工商更名证明。",
			"File a change so that the name equals the certificate and the domain holder; add the official proof of the rename where required.",
		},
	},
	{
		Code: CodeSubjectPrincipalWrong, Category: NoticeSubject, Stage: StageRectification,
		Title: Text{"主体负责人错误", "Principal has changed"},
		Cause: Text{
			"单位的法定代表人或主体负责人已更换，备案仍为原负责人。",
			"The unit's legal representative or principal has been replaced but the filing still names the previous one.",
		},
		Advice: Text{
			"提交变更备案，填写新负责人的信息并上传其有效证件。",
			"File a change with the new principal's details and a valid certificate.",
		},
	},
	{
		Code: CodeSubjectPrincipalNotLegalRep, Category: NoticeSubject, Stage: StageBoth,
		Title: Text{"主体负责人非法定代表人", "Principal is not the legal representative"},
		Cause: Text{
			"多数管局要求单位的主体负责人为法定代表人，而填写的是其他人员。",
			"Most administrations require a unit's principal to be its legal representative, and someone else was entered.",
		},
		Advice: Text{
			"改为法定代表人；所在省份允许授权时，提供法定代表人签署的授权书。",
			"Name the legal representative, or, where the province allows it, supply an authorisation letter signed by the legal representative.",
		},
	},
	{
		Code: CodeSubjectAbnormal, Category: NoticeSubject, Stage: StageBoth,
		Title: Text{"备案主体经营异常", "Subject is not in normal operation"},
		Cause: Text{
			"企业信用信息系统显示主体已注销、吊销、歇业或列入经营异常名录。",
			"The business registry lists the subject as deregistered, revoked, suspended or in abnormal operation.",
		},
		Advice: Text{
			"先到市场监管部门恢复正常状态；无法恢复时注销备案，或在支持的省份将网站迁移到其他主体。",
			"Restore normal status with the market regulator first; otherwise cancel the filing or, where the province supports it, migrate the services to another subject.",
		},
	},
	{
		Code: CodeSubjectAddressWrong, Category: NoticeSubject, Stage: StageBoth,
		Title: Text{"主办单位证件住址错误", "Certificate address is wrong"},
		Cause: Text{
			"证件住所与证件或登记机关记录不一致。",
			"The certificate address differs from the certificate or the registry.",
		},
		Advice: Text{
			"按证件原样填写住所并提交变更备案。",
			"Enter the address exactly as printed on the certificate and file a change.",
		},
	},
	{
		Code: CodeSubjectMailingAddressWrong, Category: NoticeSubject, Stage: StageRejection,
		Title: Text{"通讯地址不合格", "Mailing address is not acceptable"},
		Cause: Text{
			"通讯地址不够详细（未到门牌号）、使用信箱或简称，或不在备案省份（部分省份要求同一城市）。",
			"The mailing address is not detailed down to the house number, uses a PO box or an abbreviation, or lies outside the filing province (some provinces require the same city).",
		},
		Advice: Text{
			"填写实际办公或居住地址并写到门牌号；确无门牌号时在备注中说明已为最详细地址。",
			"Give the real office or home address down to the house number; if there is none, say in the remarks that the address is as detailed as it gets.",
		},
	},
	{
		Code: CodeSubjectCrossProvince, Category: NoticeSubject, Stage: StageRejection,
		Title: Text{"跨省备案", "Filed in the wrong province"},
		Cause: Text{
			"单位须在证件登记地所在省份备案；个人使用外省身份证时，该省要求居住证明或不接受外省证件。",
			"A unit must file in the province that issued its certificate; an individual with an ID from another province needs proof of residence, or the province accepts no non-local IDs at all.",
		},
		Advice: Text{
			"放弃当前订单，在正确省份重新提交；个人按当地要求补充居住证等证明。",
			"Abandon the order and file again in the right province; individuals add a residence permit or other proof the province asks for.",
		},
		miit: [2]uint16{1045, 1046},
	},
	{
		Code: CodeSubjectShell, Category: NoticeSubject, Stage: StageRejection,
		Title: Text{"空壳主体", "Shell subject"},
		Cause: Text{
			"主体仍在备案系统中，但其下网站或APP已全部注销；多数省份不允许空壳主体直接新增服务。",
			"The subject is still filed but all its websites and APPs have been cancelled; most provinces do not let a shell subject add new services directly.",
		},
		Advice: Text{
			"先注销该主体（无接入商时向管局线下申请），再重新首次备案；允许直接新增的省份除外。",
			"Cancel the subject first (offline at the administration when no provider is left), then file anew, unless the province allows adding services directly.",
		},
		miit: [2]uint16{1049, 1050},
	},
	{
		Code: CodeSubjectIncomplete, Category: NoticeSubject, Stage: StageRejection,
		Title: Text{"备案信息不完整", "Filing data is incomplete"},
		Cause: Text{
			"必填项为空，或填写内容不符合格式要求。",
			"A required item is empty or does not have the required form.",
		},
		Advice: Text{
			"补全所有必填项并按提示的格式填写后重新提交。",
			"Fill every required item in the expected form and submit again.",
		},
	},

	// ---- persons and contacts ----
	{
		Code: CodePersonIDExpired, Category: NoticePerson, Stage: StageBoth,
		Title: Text{"负责人证件已过有效期", "Responsible person's certificate has expired"},
		Cause: Text{
			"主体负责人或网站负责人的身份证件已超过有效期，核查时判定为证件非最新。",
			"The principal's or the service principal's identity document is past its validity date and counts as not current.",
		},
		Advice: Text{
			"提交变更备案，上传有效期内的证件并更新有效期。",
			"File a change, upload a valid document and update the validity dates.",
		},
	},
	{
		Code: CodePersonIDExpiring, Category: NoticePerson, Stage: StageRejection,
		Title: Text{"负责人证件即将到期", "Responsible person's certificate expires soon"},
		Cause: Text{
			"证件剩余有效期短于接入商或管局要求（通常为三个月）。",
			"The document expires within the period the provider or administration requires to remain (usually three months).",
		},
		Advice: Text{
			"换领新证件后再提交，或使用其他有效证件。",
			"Renew the document before filing, or use another valid one.",
		},
	},
	{
		Code: CodePersonCertificateInvalid, Category: NoticePerson, Stage: StageRejection,
		Title: Text{"负责人证件号码无效", "Responsible person's certificate number is invalid"},
		Cause: Text{
			"证件号码不符合该证件类型的格式，例如身份证号校验位错误、出生日期不存在，或证件类型不是个人证件。",
			"The number does not fit its certificate type — for example a resident ID with a wrong check character or an impossible birth date — or the type is not a personal document.",
		},
		Advice: Text{
			"核对证件后按原样填写号码，并选择正确的个人证件类型。",
			"Check the document, enter its number exactly, and choose the right personal certificate type.",
		},
	},
	{
		Code: CodePersonUnderage, Category: NoticePerson, Stage: StageRejection,
		Title: Text{"负责人未满18周岁", "Responsible person is under 18"},
		Cause: Text{
			"个人备案或负责人未成年；多数省份要求年满18周岁，个别省份另有规定。",
			"The individual or the responsible person is a minor; most provinces require 18 or older, a few have their own limits.",
		},
		Advice: Text{
			"改由年满18周岁的人员备案，或按当地规定补充证明材料。",
			"Have an adult file, or supply the extra proof the province accepts.",
		},
	},
	{
		Code: CodePersonForeignIndividual, Category: NoticePerson, Stage: StageRejection,
		Title: Text{"外籍人士不能个人备案", "Foreign nationals cannot file as individuals"},
		Cause: Text{
			"个人备案使用了护照或外国人永久居留身份证；一般不接受外籍个人备案。",
			"An individual filing uses a passport or foreign permanent-residence card; foreign individuals are generally refused.",
		},
		Advice: Text{
			"改由在境内登记的单位备案，或由具备内地有效证件的人员办理。",
			"File through a unit registered in the mainland, or by a person holding valid mainland documents.",
		},
	},
	{
		Code: CodePersonBoundElsewhere, Category: NoticePerson, Stage: StageRejection,
		Title: Text{"负责人信息已用于其他备案", "Person already bound to another filing"},
		Cause: Text{
			"该手机号或证件号已作为其他主体的负责人备案，系统提示备案频率大于1或证件号重复。",
			"The mobile or certificate number is already a responsible person of another subject; the system reports it as used more than once.",
		},
		Advice: Text{
			"更换负责人，或先在原备案中变更负责人；省份允许时提供授权书。",
			"Choose another person, or first change the person in the other filing; supply an authorisation where the province allows it.",
		},
	},
	{
		Code: CodeContactPhoneUnusable, Category: NoticePerson, Stage: StageRejection,
		Title: Text{"电话号码不可用", "Telephone number cannot be used"},
		Cause: Text{
			"号码无法接通、不是本人长期使用的号码、属于其他单位或已被其他主体使用，或不满足本省归属地要求。",
			"The number cannot be reached, is not a long-term number of the person, belongs to another unit or subject, or does not meet the province's locality rule.",
		},
		Advice: Text{
			"填写本人长期使用、可以接通且未被其他主体使用的号码。",
			"Give a reachable number the person has used for a long time and that no other subject uses.",
		},
		miit: [2]uint16{1007, 1011},
	},
	{
		Code: CodeContactMobileEqualsEmergency, Category: NoticePerson, Stage: StageRejection,
		Title: Text{"手机号码与应急联系电话相同", "Mobile equals the emergency number"},
		Cause: Text{
			"负责人的手机号码和应急联系电话填写了同一个号码，多数省份要求两者不同。",
			"The same number was entered as the person's mobile and emergency phone; most provinces require two different numbers.",
		},
		Advice: Text{
			"应急联系电话填写另一个可以接通的号码。",
			"Give a second reachable number as the emergency phone.",
		},
	},
	{
		Code: CodeContactSharedBetweenPersons, Category: NoticePerson, Stage: StageRejection,
		Title: Text{"不同负责人使用相同联系方式", "Different persons share contact details"},
		Cause: Text{
			"主体负责人与网站负责人不是同一人，却填写了相同的手机号或邮箱。",
			"The principal and the service principal are different people but share a mobile or an email address.",
		},
		Advice: Text{
			"为每位负责人填写其本人的手机号和邮箱。",
			"Give each responsible person their own mobile and email address.",
		},
	},
	{
		Code: CodeContactEmailInvalid, Category: NoticePerson, Stage: StageRejection,
		Title: Text{"电子邮箱不可用", "Email address cannot be used"},
		Cause: Text{
			"邮箱格式不正确或无法接收通知；备案结果会发送到该邮箱。",
			"The email address is malformed or cannot receive mail; filing results are sent there.",
		},
		Advice: Text{
			"填写本人常用且能正常收信的邮箱。",
			"Give an address the person uses and that receives mail.",
		},
	},

	// ---- website ----
	{
		Code: CodeWebsiteContactInvalid, Category: NoticeWebsite, Stage: StageRectification,
		Title: Text{"网站负责人联系方式不准确", "Website principal's contact details do not work"},
		Cause: Text{
			"网站负责人的号码无法接通或未通过核实，多为号码已更换。",
			"The website principal's number cannot be reached or was not confirmed, usually because it changed.",
		},
		Advice: Text{
			"提交变更备案更新号码并保持畅通，按要求接听核验电话。",
			"File a change with the current number, keep it reachable and answer the verification call.",
		},
	},
	{
		Code: CodeWebsiteNameUnqualified, Category: NoticeWebsite, Stage: StageBoth,
		Title: Text{"网站名称不合格", "Website name is not acceptable"},
		Cause: Text{
			"网站名称过短、为纯数字或纯字母、含特殊符号或敏感词、使用域名作名称、非国家机构以“中国”“国家”等开头，或与主体性质和内容不符。",
			"The name is too short, only digits or Latin letters, contains symbols or sensitive words, is the domain itself, starts with 中国/国家 and similar for a non-state unit, or does not fit the subject and content.",
		},
		Advice: Text{
			"使用至少三个汉字、能反映网站内容的名称；单位可用单位全称或简称，个人避免使用单位、地名、人名和行业词。",
			"Use a name of at least three Chinese characters that describes the site; units may use their full or short name, individuals avoid organisation, place, personal and industry words.",
		},
		miit: [2]uint16{1020},
	},
	{
		Code: CodeWebsiteHomeURLInvalid, Category: NoticeWebsite, Stage: StageRejection,
		Title: Text{"网站首页地址不合格", "Home page URL is not acceptable"},
		Cause: Text{
			"首页地址不在网站所列域名之下，或格式不正确。",
			"The home page URL is not under one of the website's domains, or is malformed.",
		},
		Advice: Text{
			"首页地址使用所备案的域名，每个域名填写一个首页地址。",
			"Use the filed domain in the home page URL, one URL per domain.",
		},
		miit: [2]uint16{1041},
	},
	{
		Code: CodeWebsiteServiceContentInvalid, Category: NoticeWebsite, Stage: StageRejection,
		Title: Text{"网站服务内容不合格", "Service content is not allowed"},
		Cause: Text{
			"所选服务内容与主体性质不符，例如个人备案选择了购物、论坛等需单位或前置审批的内容。",
			"The chosen service content does not fit the subject; for example an individual chose shopping or forums, which need a unit filing or pre-approval.",
		},
		Advice: Text{
			"个人一般只选“博客/个人空间”或“其他”并在备注中说明；其他内容以单位名义备案。",
			"Individuals usually choose only blog/personal space or other, with a remark; anything else is filed by a unit.",
		},
	},
	{
		Code: CodeWebsiteServerLocationInvalid, Category: NoticeWebsite, Stage: StageRejection,
		Title: Text{"服务器放置地或IP不合格", "Server location or IP is not acceptable"},
		Cause: Text{
			"服务器不在中国内地，或IP地址不是接入商的内地公网地址（内网地址、未绑定的地址均不行）。",
			"The server is outside the mainland, or the IP is not a public mainland address of the provider (private or unbound addresses do not count).",
		},
		Advice: Text{
			"填写接入商提供的、已绑定服务器的内地公网IP和对应的省份。",
			"Enter the provider's public mainland IP bound to the server and its province.",
		},
	},
	{
		Code: CodeWebsiteResolutionMismatch, Category: NoticeWebsite, Stage: StageRectification,
		Title: Text{"域名未解析至接入商或解析不一致", "Domain does not resolve to the filed servers"},
		Cause: Text{
			"域名没有解析，或解析到的IP与备案的接入商IP不一致，通常因网站已迁走。",
			"The domain has no resolution, or it resolves to an IP other than the filed provider's, usually because the site moved.",
		},
		Advice: Text{
			"将域名（任一子域名即可）解析到备案的内地IP，或变更备案中的IP；服务器已迁往境外时取消接入或注销。",
			"Point the domain (any subdomain will do) at the filed mainland IP, or change the filed IP; if hosting moved abroad, cancel the access or the filing.",
		},
	},
	{
		Code: CodeWebsiteOnlineBeforeApproval, Category: NoticeWebsite, Stage: StageRejection,
		Title: Text{"未备案网站已开通访问", "Site is online before approval"},
		Cause: Text{
			"首次备案或新增网站期间，域名仍在解析并可以访问。",
			"During a first filing or a new-site filing the domain still resolves and the site can be reached.",
		},
		Advice: Text{
			"在备案通过前暂停域名解析，并清除CDN和DNS缓存。",
			"Pause the DNS resolution until approval and clear CDN and DNS caches.",
		},
	},
	{
		Code: CodeWebsiteExistingSiteNoncompliant, Category: NoticeWebsite, Stage: StageRejection,
		Title: Text{"已备案网站不合规", "An already filed site is not compliant"},
		Cause: Text{
			"该主体已备案的网站无法访问、未悬挂备案号或未链接到工信部备案系统，新申请因此被退回。",
			"A site the subject has already filed is unreachable, shows no filing number or does not link to the MIIT system, so the new application is returned.",
		},
		Advice: Text{
			"先整改已备案的网站，或注销不再使用的网站，再提交新申请。",
			"Fix the existing sites, or cancel the ones no longer used, before applying again.",
		},
	},

	// ---- domains ----
	{
		Code: CodeDomainNotRealName, Category: NoticeDomain, Stage: StageRejection,
		Title: Text{"域名未实名认证", "Domain has no real-name verification"},
		Cause: Text{
			"域名未完成实名认证，或实名信息尚未同步到工信部（通常需要3至5个工作日）。",
			"The domain has not passed real-name verification, or the data has not reached the MIIT system yet (usually 3–5 working days).",
		},
		Advice: Text{
			"在注册商处完成实名认证并等待同步后再提交。",
			"Complete real-name verification at the registrar and wait for the sync before filing.",
		},
		miit: [2]uint16{1004},
	},
	{
		Code: CodeDomainHolderMismatch, Category: NoticeDomain, Stage: StageBoth,
		Title: Text{"域名持有者与备案主体不一致", "Domain holder differs from the subject"},
		Cause: Text{
			"域名实名信息中的持有者（或证件类型、号码）与备案主体不一致，常见于个人名下域名用于单位备案或域名转让后未同步。",
			"The holder (or its certificate type or number) in the domain's real-name data differs from the subject — a personal domain used for a unit, or a transfer that was not mirrored.",
		},
		Advice: Text{
			"先将域名过户给备案主体，或改用主体名下的域名；转让给其他单位的域名须由新持有者重新备案。",
			"Transfer the domain to the subject first, or use a domain it holds; a domain transferred to another unit must be filed again by its new holder.",
		},
		miit: [2]uint16{1004},
	},
	{
		Code: CodeDomainRegisteredAfterFiling, Category: NoticeDomain, Stage: StageRectification,
		Title: Text{"域名注册时间晚于备案时间", "Domain registered after the filing"},
		Cause: Text{
			"域名在备案期间曾过期并被重新注册，注册日期晚于备案日期。",
			"The domain lapsed after it was filed and was registered again, so its registration date is later than the filing date.",
		},
		Advice: Text{
			"注销该域名所在网站的备案后重新备案。",
			"Cancel the filing of the site that uses the domain and file it again.",
		},
	},
	{
		Code: CodeDomainExpired, Category: NoticeDomain, Stage: StageBoth,
		Title: Text{"域名已过期或即将过期", "Domain has expired or expires soon"},
		Cause: Text{
			"域名未续费，或剩余有效期短于要求（多数省份要求超过三个月）。",
			"The domain was not renewed, or it expires sooner than required (most provinces ask for more than three months).",
		},
		Advice: Text{
			"续费并提供新的域名证书；不再使用时通过变更删除该域名或注销网站。",
			"Renew it and provide the new domain certificate; if it is no longer used, remove it by a change or cancel the site.",
		},
	},
	{
		Code: CodeDomainRegistrarUnapproved, Category: NoticeDomain, Stage: StageBoth,
		Title: Text{"域名注册商未获工信部批准", "Registrar is not approved by MIIT"},
		Cause: Text{
			"域名在境外或未获批准的注册商处注册，无法通过备案系统的域名核验。",
			"The domain is registered with a foreign or unapproved registrar and fails the filing system's domain check.",
		},
		Advice: Text{
			"将域名转入工信部批准的境内注册商（可在工信部域名信息公示中查询）。",
			"Transfer the domain to an approved domestic registrar (listed in MIIT's public domain-industry information).",
		},
	},
	{
		Code: CodeDomainTLDUnapproved, Category: NoticeDomain, Stage: StageRejection,
		Title: Text{"域名后缀不能备案", "Top-level domain cannot be filed"},
		Cause: Text{
			"该顶级域未获工信部批准在境内提供服务，或不符合主体的特殊要求（如事业单位使用.cn或.公益）。",
			"The top-level domain is not approved by MIIT for service in China, or breaks a rule for the subject (public institutions use .cn or .公益).",
		},
		Advice: Text{
			"改用已获批准的域名后缀。",
			"Use a domain under an approved top-level domain.",
		},
	},
	{
		Code: CodeDomainNotRegistrable, Category: NoticeDomain, Stage: StageRejection,
		Title: Text{"域名填写不规范", "Domain is not entered as the registered domain"},
		Cause: Text{
			"网站域名须填写注册的主域名，填写了带www.的地址、子域名或接入商分配的主机名。",
			"A website lists its registered domain; a www. form, a subdomain or a provider-issued host name was entered instead.",
		},
		Advice: Text{
			"只填写注册的域名本身，例如 example.cn；子域名无需单独备案。",
			"Enter only the registered domain itself, e.g. example.cn; subdomains need no separate filing.",
		},
	},

	// ---- content ----
	{
		Code: CodeContentUnreachable, Category: NoticeContent, Stage: StageRectification,
		Title: Text{"网站无法访问", "Website cannot be reached"},
		Cause: Text{
			"核查时网站打不开，可能域名未解析或网站已关闭。",
			"The site did not open during the check; the domain may not resolve or the site was closed.",
		},
		Advice: Text{
			"恢复网站访问并在首页底部展示备案号；不再使用时注销网站。",
			"Bring the site back with the filing number in its footer, or cancel the site if it is no longer used.",
		},
	},
	{
		Code: CodeContentOutOfScope, Category: NoticeContent, Stage: StageRectification,
		Title: Text{"网站内容超出备案范围", "Content exceeds the filing"},
		Cause: Text{
			"网站实际内容与备案不符，例如个人备案的网站展示企业内容，或网站内容属于其他主体。",
			"The content does not match the filing — a personal filing showing company content, or content belonging to another subject.",
		},
		Advice: Text{
			"调整内容使其与备案一致，或变更备案（必要时以单位名义重新备案）。",
			"Bring the content in line with the filing, or change the filing (if needed, file again as a unit).",
		},
	},
	{
		Code: CodeContentPreApprovalMissing, Category: NoticeContent, Stage: StageBoth,
		Title: Text{"前置审批不合格", "Pre-approval is missing or invalid"},
		Cause: Text{
			"网站涉及新闻、出版、教育、医疗保健、药品、文化、宗教等须前置审批的内容，但未提供审批文件，或文件已过期、不清晰。",
			"The site covers content that needs pre-approval (news, publishing, education, healthcare, drugs, culture, religion …) without a valid, legible approval document.",
		},
		Advice: Text{
			"取得主管部门的审批并填写审批号、上传文件；不涉及时调整内容或提交不涉及前置审批承诺书。",
			"Obtain the competent department's approval and enter its number and file; if the content is not regulated, adjust it or supply the no-pre-approval pledge.",
		},
		miit: [2]uint16{1033},
	},
	{
		Code: CodeContentNumberNotDisplayed, Category: NoticeContent, Stage: StageRectification,
		Title: Text{"未正确悬挂备案号", "Filing number is not shown correctly"},
		Cause: Text{
			"网站首页底部未展示备案号，或展示的号码错误。",
			"The home page footer shows no filing number, or a wrong one.",
		},
		Advice: Text{
			"在首页底部居中位置展示本网站正确的备案号。",
			"Show the site's correct filing number centred at the bottom of the home page.",
		},
	},
	{
		Code: CodeContentNumberNotLinked, Category: NoticeContent, Stage: StageRectification,
		Title: Text{"备案号未链接工信部网站", "Filing number does not link to MIIT"},
		Cause: Text{
			"展示的备案号没有链接到工信部备案管理系统。",
			"The displayed filing number does not link to the MIIT filing system.",
		},
		Advice: Text{
			"为备案号添加指向 https://beian.miit.gov.cn 的链接。",
			"Link the number to https://beian.miit.gov.cn.",
		},
	},
	{
		Code: CodeContentPublicSecurityMissing, Category: NoticeContent, Stage: StageRectification,
		Title: Text{"公安备案号缺失或错误", "Public-security filing number missing or wrong"},
		Cause: Text{
			"网站未展示公安机关联网备案号，或号码不正确。",
			"The site does not show its public-security filing number, or shows a wrong one.",
		},
		Advice: Text{
			"完成公安联网备案后，展示其核发的公网安备号并链接到公安备案平台。",
			"After the public-security filing, show the number it issues with a link to its platform.",
		},
	},

	// ---- APPs ----
	{
		Code: CodeAppContactInvalid, Category: NoticeApp, Stage: StageRectification,
		Title: Text{"APP负责人联系方式不准确", "APP principal's contact details do not work"},
		Cause: Text{
			"APP负责人的号码无法接通或未通过核实，多为号码已更换。",
			"The APP principal's number cannot be reached or was not confirmed, usually because it changed.",
		},
		Advice: Text{
			"提交变更备案更新号码并保持畅通。",
			"File a change with the current number and keep it reachable.",
		},
	},
	{
		Code: CodeAppNameUnqualified, Category: NoticeApp, Stage: StageRejection,
		Title: Text{"APP名称不合格", "APP name is not acceptable"},
		Cause: Text{
			"APP名称为通用词、行业词或热门应用名，含表情、价格或营销用语，或与实际名称、各平台名称不一致。",
			"The APP name is a generic or industry word or another popular app's name, contains emoji, prices or marketing words, or differs from the real name or between platforms.",
		},
		Advice: Text{
			"使用APP实际使用的名称，并在各平台保持一致。",
			"Use the name the APP really carries, the same on every platform.",
		},
	},
	{
		Code: CodeAppPackageInvalid, Category: NoticeApp, Stage: StageBoth,
		Title: Text{"APP包名不准确", "APP package name is wrong"},
		Cause: Text{
			"填写的安卓包名或iOS Bundle ID与实际发布的APP不一致。",
			"The Android package name or iOS bundle ID does not match the published APP.",
		},
		Advice: Text{
			"按安装包中的真实包名或Bundle ID填写，并提交变更备案。",
			"Enter the real package name or bundle ID from the build and file a change.",
		},
	},
	{
		Code: CodeAppFeatureInvalid, Category: NoticeApp, Stage: StageBoth,
		Title: Text{"APP特征信息无效", "APP signature data is invalid"},
		Cause: Text{
			"签名证书摘要或公钥填写错误：安卓应填写签名证书的MD5，iOS应填写证书的SHA-1。",
			"The certificate fingerprint or public key is wrong: Android uses the signing certificate's MD5, iOS the certificate's SHA-1.",
		},
		Advice: Text{
			"从签名证书中重新读取摘要和公钥，以十六进制填写。",
			"Read the fingerprint and public key from the signing certificate again and enter them in hex.",
		},
	},
	{
		Code: CodeAppResolutionMismatch, Category: NoticeApp, Stage: StageRectification,
		Title: Text{"APP解析不一致", "APP domains resolve elsewhere"},
		Cause: Text{
			"APP使用的域名未解析到备案的接入商IP。",
			"The domains the APP uses do not resolve to the filed provider's IP.",
		},
		Advice: Text{
			"调整解析或变更备案中的域名与IP。",
			"Fix the resolution, or change the domains and IPs in the filing.",
		},
	},
	{
		Code: CodeAppPlatformInvalid, Category: NoticeApp, Stage: StageBoth,
		Title: Text{"APP平台信息无效", "APP platform is invalid"},
		Cause: Text{
			"运行平台填写了应用商店，而不是操作系统。",
			"An app store was entered as the platform instead of an operating system.",
		},
		Advice: Text{
			"改为操作系统，如安卓、iOS或鸿蒙。",
			"Enter the operating system, such as Android, iOS or HarmonyOS.",
		},
	},
	{
		Code: CodeServiceNoLongerUsed, Category: NoticeApp, Stage: StageRectification,
		Title: Text{"服务不再使用", "Service is no longer used"},
		Cause: Text{
			"电话核实确认网站或APP已停止使用，或已不再使用该接入商的服务器。",
			"A call confirmed that the website or APP is no longer used, or no longer runs on the provider's servers.",
		},
		Advice: Text{
			"停用的服务办理注销或取消接入；迁往其他接入商的服务在本接入商处取消接入。",
			"Cancel the filing or the access of a service that stopped; for one that moved to another provider, cancel the access here.",
		},
	},

	// ---- materials ----
	{
		Code: CodeMaterialsCertificateUnqualified, Category: NoticeMaterials, Stage: StageRejection,
		Title: Text{"证件材料不合格", "Certificate images are not acceptable"},
		Cause: Text{
			"上传的是复印件、电子证照或翻拍图片，或图片反光、裁切、模糊，或证件三个月内到期。",
			"The upload is a copy, an electronic licence or a photo of a screen, or it is glared, cropped or blurred, or the certificate expires within three months.",
		},
		Advice: Text{
			"上传证件原件的彩色扫描件或照片，完整清晰，水印只可注明“仅供备案使用”。",
			"Upload a complete, sharp colour scan or photo of the original; a watermark may only say it is for filing use.",
		},
		miit: [2]uint16{1008},
	},

	// ---- orders ----
	{
		Code: CodeOrderTypeWrong, Category: NoticeOrder, Stage: StageRejection,
		Title: Text{"备案类型错误", "Wrong filing type"},
		Cause: Text{
			"主体或网站已在工信部备案（或相反，并不存在），所选备案类型与系统记录不符，常因名称或号码填错。",
			"The subject or site is already filed with MIIT (or is not), so the chosen filing type contradicts the records — often because a name or number was mistyped.",
		},
		Advice: Text{
			"核对主体名称和证件号码，按实际情况改为新增接入、新增网站或变更备案。",
			"Check the subject name and certificate number and switch to new access, new site or change as the records require.",
		},
		miit: [2]uint16{1016},
	},
	{
		Code: CodeOrderOpenOrderExists, Category: NoticeOrder, Stage: StageRejection,
		Title: Text{"存在进行中的订单", "Another order is still open"},
		Cause: Text{
			"同一证件已有未完成的备案订单。",
			"An unfinished filing order already exists for the same certificate.",
		},
		Advice: Text{
			"完成或放弃原订单后再提交。",
			"Finish or abandon the open order first.",
		},
	},
	{
		Code: CodeOrderSubjectConflict, Category: NoticeOrder, Stage: StageRejection,
		Title: Text{"网站主办者冲突", "Subject filed at two providers at once"},
		Cause: Text{
			"同一主体同时在两个接入商处提交了备案。",
			"The same subject submitted filings at two providers at the same time.",
		},
		Advice: Text{
			"保留一个订单，放弃另一个。",
			"Keep one order and abandon the other.",
		},
		miit: [2]uint16{1003},
	},
	{
		Code: CodeOrderAccessDataMismatch, Category: NoticeOrder, Stage: StageRejection,
		Title: Text{"接入信息与已备案信息不一致", "Data differs from the approved record"},
		Cause: Text{
			"新增接入或新增网站时填写的主体信息与已通过的备案信息不一致，部分管局要求完全一致。",
			"The subject data of a new-access or new-site order differs from the approved record; some administrations require them to be identical.",
		},
		Advice: Text{
			"按已备案信息填写，或先提交变更备案更新原有信息。",
			"Enter the approved data, or first file a change that updates it.",
		},
	},
	{
		Code: CodeOrderAddWhileChange, Category: NoticeOrder, Stage: StageRejection,
		Title: Text{"新增与变更不能同时进行", "Cannot add while changing"},
		Cause: Text{
			"新增网站或新增接入的同时修改了主体信息，或另有变更正在进行。",
			"A new site or new access was combined with changed subject data, or a change is still in progress.",
		},
		Advice: Text{
			"先完成变更备案，再提交新增。",
			"Complete the change first, then file the addition.",
		},
	},
	{
		Code: CodeOrderIndividualMixed, Category: NoticeOrder, Stage: StageRejection,
		Title: Text{"个人网站与APP须分开提交", "Individuals file websites and APPs separately"},
		Cause: Text{
			"个人主体在同一订单中同时提交了网站和APP。",
			"An individual subject put a website and an APP in the same order.",
		},
		Advice: Text{
			"将网站和APP拆分为两个订单分别提交。",
			"Split them into two orders.",
		},
	},

	// ---- verification ----
	{
		Code: CodeVerificationLivenessFailed, Category: NoticeVerification, Stage: StageRejection,
		Title: Text{"真实性核验未通过", "Identity verification failed"},
		Cause: Text{
			"人脸核验动作不符、背景不是白色、与证件不是同一人，或填写信息与证件不一致。",
			"The face check saw the wrong movements, a background that is not white, a different person from the document, or data that differs from the document.",
		},
		Advice: Text{
			"由负责人本人按提示重新核验，并核对填写的信息。",
			"Have the responsible person redo the check as instructed and review the entered data.",
		},
	},
	{
		Code: CodeVerificationPhoneUnanswered, Category: NoticeVerification, Stage: StageRejection,
		Title: Text{"电话核验未接通", "Verification call not answered"},
		Cause: Text{
			"审核电话拨打负责人的手机和应急电话均未接通。",
			"Review calls to both the mobile and the emergency number went unanswered.",
		},
		Advice: Text{
			"保持电话畅通并接听核验电话，错过时联系接入商客服回拨。",
			"Keep the phones reachable and answer; if missed, ask the provider's hotline for another call.",
		},
	},

	// ---- operating licence ----
	{
		Code: CodeLicenceCapitalTooLow, Category: NoticeLicence, Stage: StageRejection,
		Title: Text{"注册资本未达到要求", "Registered capital is below the minimum"},
		Cause: Text{
			"申请经营许可的公司注册资本低于该许可范围的最低限额（省内100万元，跨地区的限额未经核实）。",
			"The company's registered capital is below the minimum for the licence scope (¥1,000,000 within one province; the cross-regional figure is unconfirmed).",
		},
		Advice: Text{
			"增资达到限额后再申请，或选择与资本相符的许可范围。",
			"Increase the capital to the minimum before applying, or apply for a scope the capital meets.",
		},
	},
	{
		Code: CodeLicenceForeignShareTooHigh, Category: NoticeLicence, Stage: StageRejection,
		Title: Text{"外资比例超过上限", "Foreign share is above the cap"},
		Cause: Text{
			"增值电信业务的外资持股比例超过50%，且不属于电子商务等例外业务。",
			"Foreign ownership in the value-added telecom business exceeds 50% and the business is not an exception such as e-commerce.",
		},
		Advice: Text{
			"调整股权结构，或确认业务是否属于允许更高外资比例的类别。",
			"Adjust the shareholding, or confirm whether the business belongs to a category allowed a higher share.",
		},
	},
}
