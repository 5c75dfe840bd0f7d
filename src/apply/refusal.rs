//! Azure's refusals: the reasons a simulated step fails, each with a stable
//! code that the diagnostics and the README use.

use std::fmt;

/// Why Azure (or the provider) would refuse a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RefusalKind {
    /// Deleting a workspace, component or data collection endpoint that an AMPLS still scopes.
    StillScoped,
    /// Deleting a resource group that still holds resources (the provider's
    /// `prevent_deletion_if_contains_resources`, on by default).
    GroupNotEmpty,
    /// A private endpoint needs more addresses than its subnet has free.
    SubnetFull,
    /// A private endpoint beyond the AMPLS's endpoint limit.
    EndpointLimit,
    /// A VNet linked to two private DNS zones of one name.
    DuplicateZoneLink,
    /// Two objects with one Azure id.
    DuplicateId,
    /// Deleting a subnet (or its VNet) that still holds private endpoints.
    SubnetInUse,
    /// A static `ip_configuration` that leaves out a member, or an address
    /// outside the subnet, reserved or taken.
    StaticAddress,
    /// A private endpoint in a subnet amplan knows nothing of.
    UnknownSubnet,
    /// A configured value still unknown when the step runs.
    UnknownValue,
    /// The plan does not hold what the step needs; a bug in amplan.
    Internal,
}

impl RefusalKind {
    /// The stable diagnostic code.
    pub fn code(self) -> &'static str {
        match self {
            RefusalKind::StillScoped => "apply-still-scoped",
            RefusalKind::GroupNotEmpty => "apply-group-not-empty",
            RefusalKind::SubnetFull => "apply-subnet-full",
            RefusalKind::EndpointLimit => "apply-endpoint-limit",
            RefusalKind::DuplicateZoneLink => "apply-duplicate-zone-link",
            RefusalKind::DuplicateId => "apply-duplicate-id",
            RefusalKind::SubnetInUse => "apply-subnet-in-use",
            RefusalKind::StaticAddress => "apply-static-address",
            RefusalKind::UnknownSubnet => "apply-unknown-subnet",
            RefusalKind::UnknownValue => "apply-unknown-value",
            RefusalKind::Internal => "internal-error",
        }
    }
}

/// A refusal with its reason, naming the objects involved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub kind: RefusalKind,
    pub reason: String,
}

impl Refusal {
    pub fn new(kind: RefusalKind, reason: impl Into<String>) -> Refusal {
        Refusal {
            kind,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.reason)
    }
}
