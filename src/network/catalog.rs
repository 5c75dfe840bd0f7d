//! What an AMPLS private endpoint writes into private DNS: the zones, the
//! record names by kind, and the endpoint members that get one IP each
//! (DOMAIN.md §3). Every Azure fact the model depends on lives in these
//! tables, so that a correction is one edit.

/// One of the zones an AMPLS endpoint writes into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonitorZone {
    /// The private zone, e.g. `privatelink.monitor.azure.com`.
    pub private: &'static str,
    /// The public zone whose names CNAME into the private one.
    pub public: &'static str,
}

/// The five zones of the public cloud. Azure Government and China use
/// other suffixes; they would be further tables like this one.
pub const ZONES: [MonitorZone; 5] = [
    MonitorZone {
        private: "privatelink.monitor.azure.com",
        public: "monitor.azure.com",
    },
    MonitorZone {
        private: "privatelink.oms.opinsights.azure.com",
        public: "oms.opinsights.azure.com",
    },
    MonitorZone {
        private: "privatelink.ods.opinsights.azure.com",
        public: "ods.opinsights.azure.com",
    },
    MonitorZone {
        private: "privatelink.agentsvc.azure-automation.net",
        public: "agentsvc.azure-automation.net",
    },
    MonitorZone {
        private: "privatelink.blob.core.windows.net",
        public: "blob.core.windows.net",
    },
];

pub const MONITOR: &str = "privatelink.monitor.azure.com";
pub const OMS: &str = "privatelink.oms.opinsights.azure.com";
pub const ODS: &str = "privatelink.ods.opinsights.azure.com";
pub const AGENTSVC: &str = "privatelink.agentsvc.azure-automation.net";
pub const BLOB: &str = "privatelink.blob.core.windows.net";

/// A global record: the same name for every AMPLS endpoint, so endpoints
/// sharing a zone overwrite each other's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GlobalRecord {
    pub zone: &'static str,
    /// The record name relative to the zone.
    pub name: &'static str,
    /// The endpoint member (IP configuration) that holds its address.
    pub member: &'static str,
}

pub const GLOBAL_RECORDS: [GlobalRecord; 8] = [
    GlobalRecord {
        zone: MONITOR,
        name: "api",
        member: "api",
    },
    GlobalRecord {
        zone: MONITOR,
        name: "global.in.ai",
        member: "global.in.ai",
    },
    GlobalRecord {
        zone: MONITOR,
        name: "profiler",
        member: "profiler",
    },
    GlobalRecord {
        zone: MONITOR,
        name: "live",
        member: "live",
    },
    GlobalRecord {
        zone: MONITOR,
        name: "snapshot",
        member: "snapshot",
    },
    GlobalRecord {
        zone: MONITOR,
        name: "diagservices-query",
        member: "diagservicesquery",
    },
    GlobalRecord {
        zone: MONITOR,
        name: "global.handler.control",
        member: "dce-global",
    },
    GlobalRecord {
        zone: BLOB,
        name: "scadvisorcontentpl",
        member: "agentsolutionpackstore",
    },
];

/// Per-workspace records: `<workspace GUID>` in each zone, with one member
/// per region shared by all workspaces of that region.
pub const WORKSPACE_RECORDS: [(&str, &str); 3] = [(OMS, "oms"), (ODS, "ods"), (AGENTSVC, "agent")];

/// Per data collection endpoint: `<dce>.<region>.<suffix>` in the monitor
/// zone. Uncertain: treated as one member (IP) per record.
pub const DCE_RECORD_SUFFIXES: [&str; 3] = ["handler.control", "ingest", "metrics.ingest"];

/// Per Application Insights region: `<region>-<n>.in.ai` (n is often 0) and
/// `<region>.livediagnostics` (observed, not documented). Uncertain: one
/// member (IP) per record.
pub const APP_INSIGHTS_INSTANCE: u32 = 0;

/// The public names users resolve and the zone record each lands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicName {
    pub fqdn: &'static str,
    pub zone: &'static str,
    pub record: &'static str,
}

/// The global names, resolved for every VNet in `resolve` and the DNS section.
pub const GLOBAL_NAMES: [PublicName; 7] = [
    PublicName {
        fqdn: "api.monitor.azure.com",
        zone: MONITOR,
        record: "api",
    },
    PublicName {
        fqdn: "global.in.ai.monitor.azure.com",
        zone: MONITOR,
        record: "global.in.ai",
    },
    PublicName {
        fqdn: "live.monitor.azure.com",
        zone: MONITOR,
        record: "live",
    },
    PublicName {
        fqdn: "profiler.monitor.azure.com",
        zone: MONITOR,
        record: "profiler",
    },
    PublicName {
        fqdn: "snapshot.monitor.azure.com",
        zone: MONITOR,
        record: "snapshot",
    },
    PublicName {
        fqdn: "global.handler.control.monitor.azure.com",
        zone: MONITOR,
        record: "global.handler.control",
    },
    PublicName {
        fqdn: "scadvisorcontentpl.blob.core.windows.net",
        zone: BLOB,
        record: "scadvisorcontentpl",
    },
];

/// The private zone a name of a public Azure Monitor zone is sent to, and
/// the record name in it: `x.ods.opinsights.azure.com` -> (ODS zone, `x`).
pub fn private_target(fqdn: &str) -> Option<(&'static str, String)> {
    let fqdn = fqdn.trim_end_matches('.').to_ascii_lowercase();
    ZONES.iter().find_map(|z| {
        let record = fqdn.strip_suffix(z.public)?.strip_suffix('.')?;
        (!record.is_empty() && !record.starts_with("privatelink"))
            .then(|| (z.private, record.to_string()))
    })
}

/// True for a zone named like an Azure Monitor zone but without the
/// `privatelink.` prefix (a common mistake that shadows the public zone).
pub fn is_misnamed_zone(name: &str) -> Option<&'static MonitorZone> {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    ZONES.iter().find(|z| z.public == name)
}

/// The monitor zone of this name, when it is one.
pub fn monitor_zone(name: &str) -> Option<&'static MonitorZone> {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    ZONES.iter().find(|z| z.private == name)
}

/// Azure Monitor Private Link limits (DOMAIN.md §4). Some are in preview;
/// `Limits::CONSERVATIVE` is the set from before the preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub name: &'static str,
    pub endpoints_per_ampls: usize,
    pub workspaces_per_ampls: usize,
    pub components_per_ampls: usize,
    pub ampls_per_resource: usize,
}

impl Limits {
    pub const CURRENT: Limits = Limits {
        name: "current",
        endpoints_per_ampls: 10,
        workspaces_per_ampls: 3000,
        components_per_ampls: 10000,
        ampls_per_resource: 100,
    };
    pub const CONSERVATIVE: Limits = Limits {
        name: "conservative",
        endpoints_per_ampls: 10,
        workspaces_per_ampls: 300,
        components_per_ampls: 1000,
        ampls_per_resource: 5,
    };
}

/// The smallest subnet Microsoft documents for an AMPLS endpoint.
pub const MIN_ENDPOINT_PREFIX: u8 = 27;

/// Addresses Azure reserves in every subnet: the first four and the last.
pub const RESERVED_LOW: u32 = 4;
pub const RESERVED_HIGH: u32 = 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_names_map_to_their_private_records() {
        assert_eq!(
            private_target("api.monitor.azure.com"),
            Some((MONITOR, "api".to_string()))
        );
        let wsid = "2f8e0c7a-0000-0000-0000-000000000001";
        assert_eq!(
            private_target(&format!("{wsid}.ods.opinsights.azure.com")),
            Some((ODS, wsid.to_string()))
        );
        assert_eq!(private_target("example.com"), None);
    }

    #[test]
    fn zones_without_privatelink_prefix_are_misnamed() {
        assert!(is_misnamed_zone("oms.opinsights.azure.com").is_some());
        assert!(is_misnamed_zone("privatelink.oms.opinsights.azure.com").is_none());
    }

    #[test]
    fn one_workspace_in_one_region_needs_eleven_members() {
        assert_eq!(GLOBAL_RECORDS.len() + WORKSPACE_RECORDS.len(), 11);
    }
}
