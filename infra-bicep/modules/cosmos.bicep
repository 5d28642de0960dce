metadata name = 'TechRoute Cosmos DB'
metadata description = 'Cosmos DB for NoSQL account encrypted with a customer-managed key, with key-based access off, the techroute database, its containers partitioned by /tenantId, and a data-plane role for the app identity.'

@description('Required. Name of the account, 3 to 44 lowercase letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(44)
param name string

@description('Required. Resource id of the user-assigned identity that reads the customer-managed key and runs the app.')
param identityResourceId string

@description('Required. Principal id of the same identity, granted the built-in Data Contributor role on the database.')
param principalId string

@description('Required. Versionless URI of the Key Vault key that encrypts the account. The identity must already hold Key Vault Crypto Service Encryption User on it.')
param keyVaultKeyUri string

@description('Optional. Name of the database.')
param databaseName string = 'techroute'

@description('Optional. True bills per request (serverless). False provisions autoscale throughput shared by the containers.')
param serverless bool = true

@description('Optional. Maximum autoscale throughput of the database in RU/s. Used only when serverless is false.')
@minValue(1000)
param autoscaleMaxThroughput int = 1000

@description('Optional. Azure region of the account.')
param location string = resourceGroup().location

@description('Optional. Tags applied to the account.')
param tags { *: string } = {}

// Every record carries tenantId, so every container is partitioned by it.
var containerNames = [
  'tenants'
  'technicians'
  'clients'
  'tickets'
  'assignments'
  'unassigned'
  'audit'
]

var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

// NOTE: Key Vault role assignments can take a few minutes to apply. When the first deployment
// fails because the account cannot reach its key, deploying again succeeds.
resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: name
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: serverless ? [ { name: 'EnableServerless' } ] : []
    keyVaultKeyUri: keyVaultKeyUri
    defaultIdentity: 'UserAssignedIdentity=${identityResourceId}'
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: serverless ? {} : { autoscaleSettings: { maxThroughput: autoscaleMaxThroughput } }
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for containerName in containerNames: {
    parent: database
    name: containerName
    properties: {
      resource: {
        id: containerName
        partitionKey: {
          paths: [
            '/tenantId'
          ]
          kind: 'Hash'
          version: 2
        }
      }
    }
  }
]

// Single-use override link ids. Time to live is on with no default, so each token document expires
// at the time its own ttl field gives.
resource overrideTokens 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: database
  name: 'overrideTokens'
  properties: {
    resource: {
      id: 'overrideTokens'
      partitionKey: {
        paths: [
          '/tenantId'
        ]
        kind: 'Hash'
        version: 2
      }
      defaultTtl: -1
    }
  }
}

// Scoped to the techroute database, not the whole account.
resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, principalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: principalId
    scope: '${account.id}/dbs/${databaseName}'
  }
  dependsOn: [
    database
  ]
}

@description('Name of the account.')
output name string = account.name

@description('Document endpoint of the account, the value of the CosmosEndpoint app setting.')
output endpoint string = account.properties.documentEndpoint

@description('Name of the database, the value of the CosmosDatabaseName app setting.')
output databaseName string = database.name

@description('Names of the containers, each partitioned by /tenantId.')
output containerNames string[] = containerNames
