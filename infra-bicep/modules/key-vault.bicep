metadata name = 'TechRoute Key Vault'
metadata description = 'Key Vault with RBAC authorization, soft delete and purge protection. Holds the Cosmos DB customer-managed key, the override-link signing key and the Teams webhook URL of the first tenant, and grants the app identity the narrowest role on each.'

@description('Required. Name of the vault, 3 to 24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Required. Principal id of the app identity that uses the keys and reads the webhook secrets.')
param principalId string

@description('Required. TechRoute tenant id of the first MSP. Names its Teams webhook secret, so only letters, digits and hyphens are valid.')
@minLength(1)
@maxLength(100)
param firstTenantId string

@description('Required. Teams Workflows webhook URL of the first tenant. Stored as a secret and never returned.')
@secure()
param teamsWebhookUrl string

@description('Optional. Name of the EC P-256 key that signs and verifies override links.')
param signingKeyName string = 'override-link-signing'

@description('Optional. Name of the RSA key that encrypts Cosmos DB data at rest.')
param cosmosKeyName string = 'cosmos-cmk'

@description('Optional. Days a deleted vault, key or secret can still be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 90

@description('Optional. Azure region of the vault.')
param location string = resourceGroup().location

@description('Optional. Tags applied to the vault.')
param tags { *: string } = {}

// The functions look a tenant's webhook up by this prefix followed by the tenant id.
var teamsWebhookSecretPrefix = 'teams-webhook-'

var keyVaultCryptoUserRoleId = '12338af0-0e69-4776-bea7-57ae8d297424'
var keyVaultCryptoServiceEncryptionUserRoleId = 'e147488a-f6f5-4113-8e2d-b22465e65bf6'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    // NOTE: the Function App has no virtual network in this design, so the vault accepts public
    // traffic and relies on Entra ID and RBAC alone.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

// Cosmos DB accepts only RSA keys. The versionless key URI lets it follow rotations by itself.
resource cosmosKey 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {
  parent: vault
  name: cosmosKeyName
  properties: {
    kty: 'RSA'
    keySize: 3072
    keyOps: [
      'wrapKey'
      'unwrapKey'
    ]
    rotationPolicy: {
      attributes: {
        expiryTime: 'P2Y'
      }
      lifetimeActions: [
        {
          trigger: {
            timeAfterCreate: 'P1Y'
          }
          action: {
            type: 'rotate'
          }
        }
      ]
    }
  }
}

resource signingKey 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {
  parent: vault
  name: signingKeyName
  properties: {
    kty: 'EC'
    curveName: 'P-256'
    keyOps: [
      'sign'
      'verify'
    ]
  }
}

resource firstTenantWebhook 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: '${teamsWebhookSecretPrefix}${firstTenantId}'
  properties: {
    value: teamsWebhookUrl
    contentType: 'text/uri-list'
  }
}

// Sign and verify with the signing key only, not with every key in the vault.
resource signingKeyUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(signingKey.id, principalId, keyVaultCryptoUserRoleId)
  scope: signingKey
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultCryptoUserRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Cosmos DB wraps and unwraps its data key as the app identity (defaultIdentity on the account).
resource cosmosKeyUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(cosmosKey.id, principalId, keyVaultCryptoServiceEncryptionUserRoleId)
  scope: cosmosKey
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultCryptoServiceEncryptionUserRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Tenants added later get their own webhook secrets, so the read role is on the vault. The vault
// holds no other secrets.
resource webhookSecretsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('Vault URI, the value of the KeyVaultUri app setting.')
output vaultUri string = vault.properties.vaultUri

@description('Versionless URI of the Cosmos DB customer-managed key.')
output cosmosKeyUri string = cosmosKey.properties.keyUri

@description('Name of the override-link signing key, the value of the SigningKeyName app setting.')
output signingKeyName string = signingKey.name

@description('Prefix of the per-tenant Teams webhook secrets, the value of the TeamsWebhookSecretPrefix app setting.')
output teamsWebhookSecretPrefix string = teamsWebhookSecretPrefix

@description('Name of the Key Vault secret that holds the first tenant\'s Teams webhook URL.')
output firstTenantWebhookName string = firstTenantWebhook.name
