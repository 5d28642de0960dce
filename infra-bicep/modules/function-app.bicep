metadata name = 'TechRoute Function App'
metadata description = 'Linux Function App on Java 17 that runs as the user-assigned identity, connects to storage, Service Bus, Cosmos DB and Key Vault with that identity, and signs dispatchers in with Entra ID through App Service authentication.'

@description('Required. Name of the Function App, globally unique.')
param name string

@description('Required. Name of the hosting plan.')
param planName string

@description('Optional. Hosting size. small runs on Flex Consumption (FC1), medium on Elastic Premium EP1, large on Elastic Premium EP2.')
@allowed([
  'small'
  'medium'
  'large'
])
param size string = 'small'

@description('Required. Resource id of the user-assigned identity the app runs as.')
param identityResourceId string

@description('Required. Client id of the user-assigned identity.')
param identityClientId string

@description('Required. Name of the storage account of the Functions host.')
param storageAccountName string

@description('Required. Primary blob endpoint of that storage account, ending in a slash.')
param storageBlobEndpoint string

@description('Required. Blob container that holds the deployment package.')
param packageContainerName string

@description('Optional. Blob name of the deployment package that Elastic Premium plans run from. Flex Consumption ignores it.')
param packageBlobName string = 'techroute-functions.zip'

@description('Required. Name of the Application Insights component in this resource group.')
param applicationInsightsName string

@description('Required. Host name of the Service Bus namespace.')
param serviceBusFullyQualifiedNamespace string

@description('Required. Name of the tickets queue.')
param ticketsQueueName string

@description('Required. Name of the invalid-tickets queue.')
param invalidTicketsQueueName string

@description('Required. Name of the assignment-events topic.')
param assignmentEventsTopicName string

@description('Required. Document endpoint of the Cosmos DB account.')
param cosmosEndpoint string

@description('Required. Name of the Cosmos DB database.')
param cosmosDatabaseName string

@description('Required. URI of the Key Vault.')
param keyVaultUri string

@description('Required. Name of the override-link signing key.')
param signingKeyName string

@description('Required. Prefix of the per-tenant Teams webhook secret names.')
param teamsWebhookSecretPrefix string

@description('Optional. NCRONTAB schedule (six fields, seconds first) of the rebalancer.')
param rebalanceSchedule string = '0 */15 * * * *'

@description('Optional. Most tickets one rebalance run may move.')
@minValue(0)
param rebalanceMaxMoves int = 20

@description('Optional. Time limit of one rebalance run, in seconds.')
@minValue(1)
param rebalanceTimeLimitSeconds int = 2

@description('Optional. Lifetime of an override link, in minutes.')
@minValue(1)
@maxValue(1440)
param overrideTokenTtlMinutes int = 60

@description('Optional. Application (client) id of the Entra ID app registration that signs dispatchers in. Empty leaves App Service authentication off.')
param overrideAuthClientId string = ''

@description('Optional. Most instances a Flex Consumption app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Optional. Most instances an Elastic Premium plan scales out to.')
@minValue(1)
@maxValue(100)
param maximumElasticWorkerCount int = 20

@description('Optional. Azure region of the plan and the app.')
param location string = resourceGroup().location

@description('Optional. Tags applied to the plan and the app.')
param tags { *: string } = {}

var isFlexConsumption = size == 'small'

var planSkus = {
  small: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  medium: {
    name: 'EP1'
    tier: 'ElasticPremium'
  }
  large: {
    name: 'EP2'
    tier: 'ElasticPremium'
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: isFlexConsumption ? 'functionapp' : 'elastic'
  sku: planSkus[size]
  properties: isFlexConsumption ? { reserved: true } : { reserved: true, maximumElasticWorkerCount: maximumElasticWorkerCount }
}

// Flex Consumption takes the runtime and the package location from functionAppConfig and rejects
// linuxFxVersion. Elastic Premium takes the runtime from linuxFxVersion.
var flexFunctionAppConfig = {
  deployment: {
    storage: {
      type: 'blobContainer'
      value: '${storageBlobEndpoint}${packageContainerName}'
      authentication: {
        type: 'UserAssignedIdentity'
        userAssignedIdentityResourceId: identityResourceId
      }
    }
  }
  scaleAndConcurrency: {
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: 2048
  }
  runtime: {
    name: 'java'
    version: '17'
  }
}

var flexSiteConfig = {
  minTlsVersion: '1.2'
  http20Enabled: true
}

var premiumSiteConfig = {
  linuxFxVersion: 'Java|17'
  minTlsVersion: '1.2'
  http20Enabled: true
  ftpsState: 'Disabled'
  minimumElasticInstanceCount: 1
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: isFlexConsumption ? flexSiteConfig : premiumSiteConfig
    functionAppConfig: isFlexConsumption ? flexFunctionAppConfig : null
  }
}

// Identity-based connections of the Functions host and the Service Bus trigger. No setting holds
// a key or a connection string with a key.
var hostSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'
  AZURE_CLIENT_ID: identityClientId
}

var messagingSettings = {
  ServiceBusConnection__fullyQualifiedNamespace: serviceBusFullyQualifiedNamespace
  ServiceBusConnection__credential: 'managedidentity'
  ServiceBusConnection__clientId: identityClientId
  TicketsQueueName: ticketsQueueName
  InvalidTicketsQueueName: invalidTicketsQueueName
  AssignmentEventsTopicName: assignmentEventsTopicName
}

var dataSettings = {
  CosmosEndpoint: cosmosEndpoint
  CosmosDatabaseName: cosmosDatabaseName
  KeyVaultUri: keyVaultUri
  SigningKeyName: signingKeyName
  TeamsWebhookSecretPrefix: teamsWebhookSecretPrefix
}

var engineSettings = {
  RebalanceSchedule: rebalanceSchedule
  RebalanceMaxMoves: string(rebalanceMaxMoves)
  RebalanceTimeLimitSeconds: string(rebalanceTimeLimitSeconds)
  OverrideBaseUrl: 'https://${site.properties.defaultHostName}'
  OverrideTokenTtlMinutes: string(overrideTokenTtlMinutes)
}

// Flex Consumption rejects these settings: it sets the worker runtime from functionAppConfig and
// runs the package from the deployment container. Elastic Premium needs them, and runs from the
// package blob with the identity, so it needs no Azure Files share and no storage key.
// NOTE: this Elastic Premium setup without a content share has not been deployed yet; check that
// the app starts and scales out before offering the medium and large sizes.
var premiumSettings = {
  FUNCTIONS_EXTENSION_VERSION: '~4'
  FUNCTIONS_WORKER_RUNTIME: 'java'
  WEBSITE_RUN_FROM_PACKAGE: '${storageBlobEndpoint}${packageContainerName}/${packageBlobName}'
  WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: identityResourceId
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(hostSettings, messagingSettings, dataSettings, engineSettings, isFlexConsumption ? {} : premiumSettings)
}

// The PSA webhook and the audit export use function keys, so the platform lets anonymous requests
// through. The override page reads the signed-in dispatcher from the X-MS-CLIENT-PRINCIPAL headers
// that App Service sets only after an Entra ID sign-in, and sends everyone else to
// /.auth/login/aad.
resource authSettings 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(overrideAuthClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: overrideAuthClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            overrideAuthClientId
            'api://${overrideAuthClientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
    httpSettings: {
      requireHttps: true
    }
  }
}

// Deployments authenticate with Entra ID; basic (user name and password) publishing is off.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Name of the Function App.')
output name string = site.name

@description('Resource id of the Function App.')
output resourceId string = site.id

@description('Default host name of the Function App.')
output defaultHostName string = site.properties.defaultHostName

@description('Scheme and host that override links start with, the value of the OverrideBaseUrl app setting.')
output overrideBaseUrl string = engineSettings.OverrideBaseUrl
