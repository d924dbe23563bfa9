// Generated from rules/*.yaml by `npm run generate`; do not edit.
import type { RuleDefinition } from './types.ts';

export const RULES: readonly RuleDefinition[] = [
  {
    "id": "allow-privilege-escalation",
    "title": "Privilege escalation allowed",
    "severity": "medium",
    "description": "Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges\nthan its parent, through set-user-ID binaries or file capabilities (no_new_privs is not set).\n",
    "remediation": "Set `securityContext.allowPrivilegeEscalation: false` on every container.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    ],
    "pss": {
      "level": "restricted",
      "control": "allowPrivilegeEscalation"
    },
    "versions": {
      "since": "1.8"
    },
    "fixable": "safe",
    "fixSafety": {
      "argument": "allowPrivilegeEscalation: false sets no_new_privs, which only stops a process from gaining\nprivileges it does not have (set-user-ID binaries, file capabilities). A container that is not\nprivileged and adds no SYS_ADMIN starts with the same user and capabilities as before.\n",
      "evidence": [
        "not-privileged",
        "no-sys-admin"
      ]
    },
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.allowPrivilegeEscalation"
          ],
          "allowed": [
            false
          ],
          "required": true,
          "exempt": {
            "windows": "1.25"
          },
          "fix": {
            "value": false,
            "unset": "safe",
            "wrong": "safe",
            "note": "set-user-ID programs (sudo, ping on old images) can no longer raise their privileges.",
            "companions": [
              {
                "field": "securityContext.privileged",
                "equals": true,
                "value": false
              }
            ],
            "skipWhen": [
              {
                "field": "securityContext.capabilities.add",
                "contains": [
                  "SYS_ADMIN",
                  "CAP_SYS_ADMIN"
                ]
              }
            ]
          }
        }
      }
    ]
  },
  {
    "id": "apparmor-profile-required",
    "title": "AppArmor profile not set explicitly",
    "severity": "low",
    "description": "An explicit AppArmor profile makes the confinement part of the manifest instead of an accident\nof the node's runtime, and keeps it when the pod moves to nodes configured differently. From\nKubernetes 1.30 the profile is the `securityContext.appArmorProfile` field; before, the\n`container.apparmor.security.beta.kubernetes.io/<container>` annotation on the pod template.\n",
    "remediation": "Set `securityContext.appArmorProfile.type: RuntimeDefault` on the pod (Kubernetes 1.30 and\nlater), or annotate the pod template with\n`container.apparmor.security.beta.kubernetes.io/<container>: runtime/default` (before 1.30).\n",
    "links": [
      "https://kubernetes.io/docs/tutorials/security/apparmor/",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    "fixable": "safe",
    "fixSafety": {
      "argument": "The runtime's default AppArmor profile is what nodes with AppArmor already apply to every\ncontainer that sets nothing, so writing it down changes nothing that runs. A privileged\ncontainer (unconfined by default) or one with a Localhost profile may differ.\n",
      "evidence": [
        "not-privileged",
        "no-localhost-apparmor"
      ]
    },
    "checks": [
      {
        "template": "apparmor-required",
        "params": {
          "fieldSince": "1.30",
          "annotationPrefix": "container.apparmor.security.beta.kubernetes.io/",
          "message": "no AppArmor profile is set for container(s) {containers}: set securityContext.appArmorProfile on the pod",
          "annotationMessage": "container \"{container}\" has no AppArmor profile: annotate the pod template with {key}",
          "note": "the container runs under the runtime's default AppArmor profile, which nodes with AppArmor already apply by default."
        }
      }
    ]
  },
  {
    "id": "apparmor-profile",
    "title": "AppArmor disabled or overridden",
    "severity": "high",
    "description": "The runtime's default AppArmor profile confines what a container may do to files, mounts and\nthe kernel. An `Unconfined` profile (or the `unconfined` annotation) turns that off.\n",
    "remediation": "Use `securityContext.appArmorProfile.type: RuntimeDefault` (or `Localhost` with a profile loaded\non the nodes); on Kubernetes before 1.30, the annotation value `runtime/default` or `localhost/<name>`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tutorials/security/apparmor/"
    ],
    "pss": {
      "level": "baseline",
      "control": "appArmorProfile"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.appArmorProfile"
          ],
          "key": "type",
          "allowed": [
            "RuntimeDefault",
            "Localhost"
          ],
          "fix": {
            "value": "RuntimeDefault",
            "wrong": "suggestion",
            "note": "the container runs under the runtime's default AppArmor profile, which denies some mounts and writes to /proc and /sys."
          }
        }
      },
      {
        "template": "annotation-values",
        "params": {
          "prefix": "container.apparmor.security.beta.kubernetes.io/",
          "allowed": [
            "",
            "runtime/default"
          ],
          "allowedPrefixes": [
            "localhost/"
          ],
          "fix": {
            "value": "runtime/default",
            "class": "suggestion",
            "note": "the container runs under the runtime's default AppArmor profile, which denies some mounts and writes to /proc and /sys."
          }
        }
      }
    ]
  },
  {
    "id": "automount-service-account-token",
    "title": "Service account token mounted without need",
    "severity": "low",
    "description": "Pods that run as the namespace's `default` service account rarely call the Kubernetes API, yet\nget its token mounted: a token that an intruder can use against the API server.\n",
    "remediation": "Set `automountServiceAccountToken: false` on the pod, or run it under a dedicated service\naccount if it does need the API.\n",
    "links": [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "automountServiceAccountToken"
          ],
          "allowed": [
            false
          ],
          "required": true,
          "applyWhen": {
            "field": "serviceAccountName",
            "in": [
              "",
              "default"
            ]
          },
          "messages": {
            "unset": "the pod runs as the default service account with its API token mounted; set automountServiceAccountToken: false",
            "wrong": "the pod mounts the default service account's API token ({field}: {value})"
          },
          "fix": {
            "value": false,
            "unset": "suggestion",
            "wrong": "suggestion",
            "note": "the pod gets no API token; code that calls the Kubernetes API fails with 401 or 403."
          }
        }
      }
    ]
  },
  {
    "id": "capabilities-baseline",
    "title": "Capability beyond the runtime's default set",
    "severity": "high",
    "description": "Capabilities beyond the container runtime's default set (NET_RAW, SYS_ADMIN, NET_ADMIN, …) give\na container powers over the node's kernel that an ordinary application does not need.\n",
    "remediation": "Remove the capability from `securityContext.capabilities.add`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html"
    ],
    "pss": {
      "level": "baseline",
      "control": "capabilities_baseline"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.capabilities.add[*]"
          ],
          "allowed": [
            "AUDIT_WRITE",
            "CHOWN",
            "DAC_OVERRIDE",
            "FOWNER",
            "FSETID",
            "KILL",
            "MKNOD",
            "NET_BIND_SERVICE",
            "SETFCAP",
            "SETGID",
            "SETPCAP",
            "SETUID",
            "SYS_CHROOT"
          ],
          "messages": {
            "wrong": "{subject} adds capability {value}, which is not in the default set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the container loses this capability; code that needs it fails with \"operation not permitted\"."
          }
        }
      }
    ]
  },
  {
    "id": "capabilities-restricted",
    "title": "Capabilities not dropped",
    "severity": "medium",
    "description": "At the restricted level a container drops every capability and adds back at most\nNET_BIND_SERVICE, so that a compromised process cannot use the kernel's privileged operations.\n",
    "remediation": "Set `securityContext.capabilities.drop: [ALL]` and remove everything but NET_BIND_SERVICE from\n`capabilities.add`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    "pss": {
      "level": "restricted",
      "control": "capabilities_restricted",
      "replaces": "capabilities_baseline"
    },
    "versions": {
      "since": "1.22"
    },
    "fixable": "safe",
    "fixSafety": {
      "argument": "A process of a non-root user has no capabilities in its effective set, so dropping ALL from the\nbounding set takes nothing it uses; capabilities listed in `add` stay. A container that may run\nas root (no numeric non-zero runAsUser) loses CHOWN, SETUID, NET_BIND_SERVICE and the rest,\nwhich breaks entrypoints that chown, switch user or bind a port below 1024: a suggestion.\n",
      "evidence": [
        "non-root-user"
      ]
    },
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.capabilities.drop"
          ],
          "contains": "ALL",
          "required": true,
          "exempt": {
            "windows": "1.25"
          },
          "messages": {
            "wrong": "{subject} drops {value} but not ALL capabilities",
            "unset": "{subject} does not drop ALL capabilities"
          },
          "fix": {
            "unset": "safe",
            "wrong": "safe",
            "wrongAction": "append",
            "note": "the container loses the default capabilities (CHOWN, SETUID, NET_BIND_SERVICE, …); add back only what it needs."
          }
        }
      },
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.capabilities.add[*]"
          ],
          "allowed": [
            "NET_BIND_SERVICE"
          ],
          "exempt": {
            "windows": "1.25"
          },
          "messages": {
            "wrong": "{subject} adds capability {value}; only NET_BIND_SERVICE may be added"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the container loses this capability; code that needs it fails with \"operation not permitted\"."
          }
        }
      }
    ]
  },
  {
    "id": "dangerous-capabilities",
    "title": "Dangerous capability added",
    "severity": "high",
    "description": "Some capabilities are enough on their own to take over the node or the pod network. They are\nnamed here with what they allow, so that a reviewer sees the risk of each.\n",
    "remediation": "Remove the capability from `securityContext.capabilities.add`; if the workload really needs it,\nisolate it (dedicated nodes, a user namespace) and suppress this finding with a reason.\n",
    "links": [
      "https://man7.org/linux/man-pages/man7/capabilities.7.html",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.capabilities.add[*]"
          ],
          "normalize": "capability",
          "forbidden": {
            "ALL": "every capability of the kernel, as good as privileged",
            "SYS_ADMIN": "mounts, namespaces and many kernel interfaces; the usual way out of a container",
            "SYS_MODULE": "loads kernel modules, that is, runs code in the node's kernel",
            "SYS_PTRACE": "reads and alters the memory of other processes",
            "SYS_RAWIO": "raw access to devices and kernel memory",
            "SYS_TIME": "sets the node's clock, which is not namespaced, for every pod on the node",
            "SYS_BOOT": "reboots the node",
            "NET_ADMIN": "reconfigures interfaces, routes and firewall rules of the pod (or of the node with hostNetwork)",
            "NET_RAW": "raw sockets, for spoofing and poisoning traffic on the pod network",
            "DAC_READ_SEARCH": "reads any file and opens files by handle, a known container escape",
            "BPF": "loads BPF programs into the kernel",
            "PERFMON": "kernel performance monitoring, which leaks kernel addresses",
            "MAC_ADMIN": "changes AppArmor or SELinux policy",
            "MAC_OVERRIDE": "bypasses AppArmor or SELinux policy",
            "SYSLOG": "reads the kernel log, which leaks kernel addresses"
          },
          "messages": {
            "wrong": "{subject} adds {value}: {reason}"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the container loses this capability; code that needs it fails with \"operation not permitted\"."
          }
        }
      }
    ]
  },
  {
    "id": "deprecated-apparmor-annotation",
    "title": "Deprecated AppArmor annotation",
    "severity": "low",
    "description": "From Kubernetes 1.30 the AppArmor profile is the `securityContext.appArmorProfile` field; the\n`container.apparmor.security.beta.kubernetes.io/*` annotations are deprecated.\n",
    "remediation": "Move the profile to the container's `securityContext.appArmorProfile` and remove the annotation.\n",
    "links": [
      "https://kubernetes.io/docs/tutorials/security/apparmor/"
    ],
    "versions": {
      "since": "1.30"
    },
    "fixable": "safe",
    "fixSafety": {
      "argument": "The fix moves the profile the annotation names to the field that replaced it, so the\ncontainer runs under the same profile on every cluster that honoured the annotation.\n",
      "evidence": []
    },
    "checks": [
      {
        "template": "deprecated-annotation",
        "params": {
          "annotation": "apparmor",
          "message": "annotation {key} is deprecated since Kubernetes 1.30: use {field}",
          "note": "moves the same profile to the field that replaced the annotation; behaviour is unchanged."
        }
      }
    ]
  },
  {
    "id": "deprecated-seccomp-annotation",
    "title": "Deprecated seccomp annotation",
    "severity": "medium",
    "description": "The seccomp annotations were replaced by the `securityContext.seccompProfile` field in\nKubernetes 1.19 and are ignored from 1.27: a pod that relies on them runs without the profile\nit asks for.\n",
    "remediation": "Move the profile to `securityContext.seccompProfile` (pod annotation: on the pod; container\nannotation: on that container) and remove the annotation.\n",
    "links": [
      "https://kubernetes.io/docs/tutorials/security/seccomp/",
      "https://kubernetes.io/docs/reference/labels-annotations-taints/#seccomp-security-alpha-kubernetes-io-pod"
    ],
    "versions": {
      "since": "1.19"
    },
    "fixable": "safe",
    "fixSafety": {
      "argument": "The fix moves the profile the annotation names to the field that replaced it, so the\ncontainer runs under the same profile on every cluster that honoured the annotation.\n",
      "evidence": []
    },
    "checks": [
      {
        "template": "deprecated-annotation",
        "params": {
          "annotation": "seccomp",
          "message": "annotation {key} is deprecated and ignored from Kubernetes 1.27: use {field}",
          "note": "moves the same profile to the field that replaced the annotation; behaviour is unchanged on clusters that honoured the annotation."
        }
      }
    ]
  },
  {
    "id": "env-literal-credentials",
    "title": "Credential written into the manifest",
    "severity": "high",
    "description": "A password, token or key written as a literal `env` value is readable by everyone who can read\nthe repository, the manifest or the pod through the API, and stays in the git history.\n",
    "remediation": "Put the value in a Secret (or an external secret store) and reference it with\n`valueFrom.secretKeyRef`; rotate the exposed credential.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables"
    ],
    "fixable": "none",
    "checks": [
      {
        "template": "env-literal-secrets",
        "params": {
          "namePattern": "(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)",
          "ignoreNamePattern": "(_FILE|_PATH|_DIR|_NAME|_REF|_ENABLED|_URL|_ENDPOINT|_TTL|_TIMEOUT|_EXPIRY|_EXPIRATION|_LENGTH|_SIZE|_TYPE|_MODE|_KEY_ID|_HEADER)$",
          "valuePatterns": [
            "AKIA[0-9A-Z]{16}",
            "gh[pousr]_[A-Za-z0-9]{36}",
            "xox[abprs]-[A-Za-z0-9-]{10,}",
            "-----BEGIN [A-Z ]*PRIVATE KEY-----",
            "AIza[0-9A-Za-z_-]{35}",
            "eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\."
          ],
          "ignoreValuePattern": "^(\\$\\(.*\\)|\\$\\{.*\\}|<.*>|true|false|yes|no|none|null|\\d{1,9}[smh]?|/.*|[a-z]+://.*)$",
          "message": "env variable {name} of container \"{container}\" holds a literal credential; use valueFrom.secretKeyRef"
        }
      }
    ]
  },
  {
    "id": "host-namespaces",
    "title": "Pod shares the node's namespaces",
    "severity": "high",
    "description": "`hostNetwork`, `hostPID` and `hostIPC` put the pod in the node's network, process or IPC\nnamespace. It can then sniff and bind the node's network, see and signal every process on the\nnode, or read other pods' shared memory.\n",
    "remediation": "Remove `hostNetwork`, `hostPID` and `hostIPC` (they default to false). Expose ports through a\nService instead of the host network.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    "pss": {
      "level": "baseline",
      "control": "hostNamespaces"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "hostNetwork",
            "hostPID",
            "hostIPC"
          ],
          "forbidden": [
            true
          ],
          "messages": {
            "wrong": "{subject} sets {field}: true and shares that namespace with the node"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the pod leaves the node's namespace; software that listens on node addresses or inspects node processes stops working."
          }
        }
      }
    ]
  },
  {
    "id": "host-path-volumes",
    "title": "hostPath volume",
    "severity": "high",
    "description": "A hostPath volume mounts a directory of the node into the pod. Write access to the wrong path\n(the container runtime's socket, /etc, the kubelet's directory) gives away the node.\n",
    "remediation": "Use an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim instead of hostPath.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"
    ],
    "pss": {
      "level": "baseline",
      "control": "hostPathVolumes"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "volume-types",
        "params": {
          "forbidden": [
            "hostPath"
          ],
          "suggestEmptyDirFor": [
            "hostPath"
          ],
          "message": "volume \"{volume}\" mounts a path of the node (hostPath)",
          "note": "the volume becomes an empty scratch directory, so the pod no longer sees the node's files."
        }
      }
    ]
  },
  {
    "id": "host-ports",
    "title": "Container binds a port of the node",
    "severity": "medium",
    "description": "A `hostPort` opens a port on the node's own address, bypassing Services and NetworkPolicies,\nand ties the pod to nodes where that port is free.\n",
    "remediation": "Remove `hostPort` and reach the container through a Service.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    "pss": {
      "level": "baseline",
      "control": "hostPorts"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "ports[*].hostPort"
          ],
          "allowed": [
            0
          ],
          "messages": {
            "wrong": "{subject} binds port {value} of the node (hostPort)"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the port is no longer reachable on the node's address; clients must use a Service."
          }
        }
      }
    ]
  },
  {
    "id": "host-probes-and-lifecycle",
    "title": "Probe or lifecycle hook aimed at another host",
    "severity": "medium",
    "description": "A `host` in an httpGet or tcpSocket probe or lifecycle hook makes the kubelet connect to any\naddress it names, from the node: a way to reach services that only the node may reach.\n",
    "remediation": "Remove `host` from probes and lifecycle handlers; they then target the pod's own IP.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    "pss": {
      "level": "baseline",
      "control": "hostProbesAndHostLifecycle"
    },
    "versions": {
      "since": "1.34"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "livenessProbe.httpGet.host",
            "readinessProbe.httpGet.host",
            "startupProbe.httpGet.host",
            "livenessProbe.tcpSocket.host",
            "readinessProbe.tcpSocket.host",
            "startupProbe.tcpSocket.host",
            "lifecycle.postStart.httpGet.host",
            "lifecycle.preStop.httpGet.host",
            "lifecycle.postStart.tcpSocket.host",
            "lifecycle.preStop.tcpSocket.host"
          ],
          "allowed": [
            ""
          ],
          "messages": {
            "wrong": "{subject} points {field} at host {value}"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the kubelet probes the pod's own IP instead."
          }
        }
      }
    ]
  },
  {
    "id": "invalid-suppression",
    "title": "Suppression that is not honoured",
    "severity": "low",
    "description": "A suppression must name existing rules and say why the finding does not apply, so that a\nreviewer can judge it. One without a reason, or naming an unknown rule, is ignored.\n",
    "remediation": "Write the reason: the annotation's value (`ignore.podarmor.dev/<rule>: \"<reason>\"`) or after\n`--` in the comment (`# podarmor:ignore <rule> -- <reason>`).\n",
    "links": [
      "https://github.com/podarmor/podarmor#suppressing-findings"
    ],
    "profile": "all",
    "fixable": "none",
    "checks": [
      {
        "template": "suppression-syntax",
        "params": {}
      }
    ]
  },
  {
    "id": "metadata-endpoint-egress",
    "title": "Cloud metadata endpoint reachable",
    "severity": "high",
    "description": "The cloud metadata endpoint (169.254.169.254) hands out the node's cloud credentials to anyone\nwho asks from the node's network. Egress that is not restricted, or allowed to a CIDR that\ncontains it, lets a compromised pod ask.\n",
    "remediation": "Restrict egress with a NetworkPolicy, and exclude 169.254.169.254/32 from broad ipBlock rules\n(`except: [169.254.169.254/32]`).\n",
    "links": [
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security",
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/"
    ],
    "fixable": "safe",
    "fixSafety": {
      "argument": "For a workload no policy isolates for egress, the fix is the generated NetworkPolicy of\nnetwork-policy-missing: it allows every Service the manifests show it references, DNS and the\ninternet, and denies only the cloud metadata endpoints. Adding an `except` to a policy a human\nwrote stays a suggestion.\n",
      "evidence": []
    },
    "checks": [
      {
        "template": "metadata-egress",
        "params": {
          "endpoint": "169.254.169.254",
          "unrestrictedMessage": "no NetworkPolicy restricts egress of \"{name}\", so it can reach the metadata endpoint {endpoint}",
          "ruleMessage": "NetworkPolicy \"{policy}\" allows egress to the metadata endpoint {endpoint}",
          "note": "the pods can no longer reach the cloud metadata endpoint; workloads that use the node's cloud identity need another way (workload identity)."
        }
      }
    ]
  },
  {
    "id": "network-policy-missing",
    "title": "No NetworkPolicy selects the workload",
    "severity": "medium",
    "description": "Without a NetworkPolicy selecting it, a pod accepts connections from every pod of the cluster\nand may connect anywhere, including the cloud's metadata endpoint. Only workloads and policies\nin the scanned files are compared.\n",
    "remediation": "Add NetworkPolicies that isolate each workload for ingress and egress and allow what it needs;\n`podarmor fix` writes them from the Service references the manifests show.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-network"
    ],
    "fixable": "safe",
    "fixSafety": {
      "argument": "The generated policies allow every flow the manifests show: egress from each client to the\nServices it references (env values, args, ConfigMaps it reads), ingress to the server from those\nclients, ingress from anywhere to Services exposed outside the cluster, DNS, and egress outside\nthe cluster except the cloud metadata endpoints. Only what nothing in the manifests asks for is\ndenied.\n",
      "evidence": []
    },
    "checks": [
      {
        "template": "network-policy-coverage",
        "params": {
          "message": "{kind} \"{name}\" is not isolated by any NetworkPolicy for {directions} traffic in namespace {namespace}",
          "note": "the workload's pods then accept only the clients the manifests show (and anyone for Services exposed outside the cluster), and reach only the Services they reference, DNS and the internet except the cloud metadata endpoints; a client or server the manifests do not show is cut off."
        }
      }
    ]
  },
  {
    "id": "privileged",
    "title": "Privileged container",
    "severity": "critical",
    "description": "A privileged container runs with every Linux capability and with access to all of the node's\ndevices. It can load kernel modules, mount the host's file systems and escape to the node: it\nis root on the node in all but name.\n",
    "remediation": "Remove `securityContext.privileged: true` (or set it to `false`). Grant the one capability the\ncontainer needs with `capabilities.add` instead, if any.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    ],
    "pss": {
      "level": "baseline",
      "control": "privileged"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.privileged"
          ],
          "forbidden": [
            true
          ],
          "messages": {
            "wrong": "{subject} runs privileged ({field}: true)"
          },
          "fix": {
            "value": false,
            "wrong": "suggestion",
            "note": "the container loses the node's devices and every capability; agents that manage the node (CNI, storage, monitoring) may stop working, so suppress the finding with a reason for those."
          }
        }
      }
    ]
  },
  {
    "id": "proc-mount-restricted",
    "title": "Unmasked /proc at the restricted level",
    "severity": "medium",
    "description": "At the restricted level /proc stays masked even in pods with a user namespace.\n",
    "remediation": "Remove `securityContext.procMount` or set it to `Default`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    "pss": {
      "level": "restricted",
      "control": "procMount_restricted",
      "replaces": "procMount"
    },
    "versions": {
      "since": "1.35"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.procMount"
          ],
          "allowed": [
            "Default"
          ],
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "/proc is masked again; nested container runtimes inside the pod may stop working."
          }
        }
      }
    ]
  },
  {
    "id": "proc-mount",
    "title": "Unmasked /proc",
    "severity": "high",
    "description": "`procMount: Unmasked` removes the masks over sensitive parts of /proc (such as /proc/kcore and\n/proc/sysrq-trigger) that keep a container from reading or steering the node's kernel.\n",
    "remediation": "Remove `securityContext.procMount` or set it to `Default`. From Kubernetes 1.35 the baseline\nlevel allows other values in pods with `hostUsers: false` (a user namespace).\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    "pss": {
      "level": "baseline",
      "control": "procMount"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.procMount"
          ],
          "allowed": [
            "Default"
          ],
          "exempt": {
            "userNamespaces": "1.35"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "/proc is masked again; nested container runtimes inside the pod may stop working."
          }
        }
      }
    ]
  },
  {
    "id": "read-only-root-filesystem",
    "title": "Writable root file system",
    "severity": "low",
    "description": "A writable root file system lets an intruder drop tools and change binaries inside the running\ncontainer. A read-only one keeps the image as built; write paths become explicit volumes.\n",
    "remediation": "Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir at every path the\napplication writes to (/tmp, caches).\n",
    "links": [
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.readOnlyRootFilesystem"
          ],
          "allowed": [
            true
          ],
          "required": true,
          "exempt": {
            "windows": "1.0"
          },
          "fix": {
            "value": true,
            "unset": "suggestion",
            "wrong": "suggestion",
            "note": "writes outside mounted volumes fail; mount an emptyDir where the application writes (/tmp, caches) before accepting."
          }
        }
      }
    ]
  },
  {
    "id": "restricted-volumes",
    "title": "Volume type outside the restricted set",
    "severity": "medium",
    "description": "Only volume types that are either ephemeral or defined through a PersistentVolume (which a\ncluster administrator controls) are allowed at the restricted level. Network and host volumes\nwritten into the pod give it storage that nobody reviewed.\n",
    "remediation": "Use configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected\nor secret volumes; move other storage behind a PersistentVolumeClaim.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    "pss": {
      "level": "restricted",
      "control": "restrictedVolumes",
      "replaces": "hostPathVolumes"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "volume-types",
        "params": {
          "allowed": [
            "configMap",
            "csi",
            "downwardAPI",
            "emptyDir",
            "ephemeral",
            "image",
            "persistentVolumeClaim",
            "projected",
            "secret"
          ],
          "suggestEmptyDirFor": [
            "hostPath"
          ],
          "message": "volume \"{volume}\" uses the {source} volume type, which the restricted level does not allow",
          "note": "the volume becomes an empty scratch directory, so the pod no longer sees the node's files."
        }
      }
    ]
  },
  {
    "id": "run-as-non-root",
    "title": "Container may run as root",
    "severity": "medium",
    "description": "Without `runAsNonRoot: true`, a container whose image does not name a user runs as root (UID 0),\nso a break-out of the container starts as root on the node's kernel.\n",
    "remediation": "Set `securityContext.runAsNonRoot: true` on the pod (or on every container), and make sure the\nimage runs as a numeric non-root USER or set `runAsUser`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    "pss": {
      "level": "restricted",
      "control": "runAsNonRoot"
    },
    "fixable": "safe",
    "fixSafety": {
      "argument": "The kubelet refuses to start a container with runAsNonRoot only when its user is 0 or a user\nname it cannot check. With a numeric non-zero runAsUser that check always passes. Without one\nthe image decides the user (official nginx, redis and postgres images run as root): a\nsuggestion.\n",
      "evidence": [
        "non-root-user"
      ]
    },
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.runAsNonRoot"
          ],
          "allowed": [
            true
          ],
          "required": true,
          "exempt": {
            "userNamespaces": "1.35"
          },
          "fix": {
            "value": true,
            "unset": "safe",
            "wrong": "safe",
            "note": "the kubelet refuses to start a container whose image runs as root; set runAsUser or use a non-root image.",
            "skipWhen": [
              {
                "field": "securityContext.runAsUser",
                "equals": 0
              }
            ]
          }
        }
      }
    ]
  },
  {
    "id": "run-as-user",
    "title": "Container runs as UID 0",
    "severity": "medium",
    "description": "`runAsUser: 0` runs the container as root, whatever the image says.\n",
    "remediation": "Remove `runAsUser: 0` or set a non-zero UID.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    "pss": {
      "level": "restricted",
      "control": "runAsUser"
    },
    "versions": {
      "since": "1.23"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.runAsUser"
          ],
          "forbidden": [
            0
          ],
          "exempt": {
            "userNamespaces": "1.35"
          },
          "messages": {
            "wrong": "{subject} runs as root ({field}: 0)"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs as the image's user; with runAsNonRoot it does not start if that user is root."
          }
        }
      }
    ]
  },
  {
    "id": "seccomp-profile-baseline",
    "title": "Seccomp disabled",
    "severity": "high",
    "description": "Seccomp filters the system calls a container may make; the runtime's default profile blocks\ndozens that are only useful to attack the kernel. `Unconfined` turns the filter off.\n",
    "remediation": "Use `securityContext.seccompProfile.type: RuntimeDefault` (or `Localhost` with a profile on the\nnodes). Before Kubernetes 1.19 the annotations take `runtime/default` or `localhost/<profile>`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tutorials/security/seccomp/"
    ],
    "pss": {
      "level": "baseline",
      "control": "seccompProfile_baseline"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "until": "1.18",
        "template": "annotation-values",
        "params": {
          "keys": [
            "seccomp.security.alpha.kubernetes.io/pod"
          ],
          "perContainer": "container.seccomp.security.alpha.kubernetes.io/{container}",
          "allowed": [
            "runtime/default",
            "docker/default"
          ],
          "allowedPrefixes": [
            "localhost/"
          ],
          "fix": {
            "value": "runtime/default",
            "class": "suggestion",
            "note": "system calls outside the runtime's default allow-list start failing with EPERM."
          }
        }
      },
      {
        "since": "1.19",
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seccompProfile"
          ],
          "key": "type",
          "allowed": [
            "RuntimeDefault",
            "Localhost"
          ],
          "fix": {
            "value": "RuntimeDefault",
            "wrong": "suggestion",
            "note": "system calls outside the runtime's default allow-list start failing with EPERM."
          }
        }
      }
    ]
  },
  {
    "id": "seccomp-profile-restricted",
    "title": "Seccomp profile not set",
    "severity": "medium",
    "description": "Seccomp filters the system calls a container may make. Unless a profile is set, most runtimes\nrun containers unconfined, with every system call of the kernel available to an attacker.\n",
    "remediation": "Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a\nprofile on the nodes).\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tutorials/security/seccomp/"
    ],
    "pss": {
      "level": "restricted",
      "control": "seccompProfile_restricted",
      "replaces": "seccompProfile_baseline"
    },
    "versions": {
      "since": "1.19"
    },
    "fixable": "safe",
    "fixSafety": {
      "argument": "RuntimeDefault is the filter containerd and CRI-O apply by default and Docker applied to every\ncontainer for years; it denies only system calls ordinary programs never make (mount, kexec,\nkernel modules, clock changes). A privileged container or one with its own Localhost profile\nmay rely on those, so there the change is a suggestion.\n",
      "evidence": [
        "not-privileged",
        "no-localhost-seccomp"
      ]
    },
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seccompProfile"
          ],
          "key": "type",
          "allowed": [
            "RuntimeDefault",
            "Localhost"
          ],
          "required": true,
          "exempt": {
            "windows": "1.25"
          },
          "fix": {
            "value": "RuntimeDefault",
            "unset": "safe",
            "wrong": "suggestion",
            "note": "system calls outside the runtime's default allow-list (such as unshare, keyctl, mount) fail with EPERM."
          }
        }
      }
    ]
  },
  {
    "id": "selinux-options",
    "title": "Custom SELinux type, user or role",
    "severity": "high",
    "description": "Setting an SELinux type other than the container types, or any SELinux user or role, can run the\ncontainer in a domain that the node's policy does not confine (such as spc_t).\n",
    "remediation": "Remove `seLinuxOptions.user` and `seLinuxOptions.role`, and use one of the container types\n(container_t, container_init_t, container_kvm_t, container_engine_t) or none.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    "pss": {
      "level": "baseline",
      "control": "seLinuxOptions"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "until": "1.30",
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seLinuxOptions"
          ],
          "key": "type",
          "allowed": [
            "",
            "container_t",
            "container_init_t",
            "container_kvm_t"
          ],
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs in the default container SELinux domain."
          }
        }
      },
      {
        "since": "1.31",
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seLinuxOptions"
          ],
          "key": "type",
          "allowed": [
            "",
            "container_t",
            "container_init_t",
            "container_kvm_t",
            "container_engine_t"
          ],
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs in the default container SELinux domain."
          }
        }
      },
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seLinuxOptions"
          ],
          "key": "user",
          "allowed": [
            ""
          ],
          "messages": {
            "wrong": "{subject} sets the SELinux user ({field}: {value})"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs as the default SELinux user."
          }
        }
      },
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seLinuxOptions"
          ],
          "key": "role",
          "allowed": [
            ""
          ],
          "messages": {
            "wrong": "{subject} sets the SELinux role ({field}: {value})"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs with the default SELinux role."
          }
        }
      }
    ]
  },
  {
    "id": "sysctls",
    "title": "Unsafe sysctl",
    "severity": "high",
    "description": "Sysctls outside the safe set are not namespaced or not isolated between pods: setting them\nchanges the node's kernel for every pod on it, or disables a security mechanism.\n",
    "remediation": "Remove the sysctl from `securityContext.sysctls`, or set it on the node if it is really needed.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"
    ],
    "pss": {
      "level": "baseline",
      "control": "sysctls"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "until": "1.26",
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "securityContext.sysctls[*].name"
          ],
          "missingLeaf": "",
          "allowed": [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start"
          ],
          "messages": {
            "wrong": "{subject} sets sysctl {value}, which is not in the safe set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the kernel keeps its default for this setting."
          }
        }
      },
      {
        "since": "1.27",
        "until": "1.28",
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "securityContext.sysctls[*].name"
          ],
          "missingLeaf": "",
          "allowed": [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports"
          ],
          "messages": {
            "wrong": "{subject} sets sysctl {value}, which is not in the safe set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the kernel keeps its default for this setting."
          }
        }
      },
      {
        "since": "1.29",
        "until": "1.31",
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "securityContext.sysctls[*].name"
          ],
          "missingLeaf": "",
          "allowed": [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports",
            "net.ipv4.tcp_keepalive_time",
            "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl",
            "net.ipv4.tcp_keepalive_probes"
          ],
          "messages": {
            "wrong": "{subject} sets sysctl {value}, which is not in the safe set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the kernel keeps its default for this setting."
          }
        }
      },
      {
        "since": "1.32",
        "until": "1.36",
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "securityContext.sysctls[*].name"
          ],
          "missingLeaf": "",
          "allowed": [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports",
            "net.ipv4.tcp_keepalive_time",
            "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl",
            "net.ipv4.tcp_keepalive_probes",
            "net.ipv4.tcp_rmem",
            "net.ipv4.tcp_wmem"
          ],
          "messages": {
            "wrong": "{subject} sets sysctl {value}, which is not in the safe set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the kernel keeps its default for this setting."
          }
        }
      },
      {
        "since": "1.37",
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "securityContext.sysctls[*].name"
          ],
          "missingLeaf": "",
          "allowed": [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports",
            "net.ipv4.tcp_keepalive_time",
            "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl",
            "net.ipv4.tcp_keepalive_probes",
            "net.ipv4.tcp_rmem",
            "net.ipv4.tcp_wmem",
            "net.ipv4.tcp_slow_start_after_idle",
            "net.ipv4.tcp_notsent_lowat"
          ],
          "messages": {
            "wrong": "{subject} sets sysctl {value}, which is not in the safe set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the kernel keeps its default for this setting."
          }
        }
      }
    ]
  },
  {
    "id": "windows-host-process",
    "title": "Windows HostProcess container",
    "severity": "critical",
    "description": "A Windows HostProcess container runs directly on the node as a process of the host, with the\nnode's network and file system: it is full access to a Windows node.\n",
    "remediation": "Remove `securityContext.windowsOptions.hostProcess: true` from the pod and its containers.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/"
    ],
    "pss": {
      "level": "baseline",
      "control": "windowsHostProcess"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.windowsOptions.hostProcess"
          ],
          "forbidden": [
            true
          ],
          "messages": {
            "wrong": "{subject} runs as a Windows HostProcess ({field}: true)"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs isolated from the node and loses the host's network and file system."
          }
        }
      }
    ]
  }
];
